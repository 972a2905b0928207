import { normalizeForMatch } from '../../corpus/normalize';

/** "What else does the thesis say about …?", "Tell me more about it": a question asking past what was shown. */
export function asksForMore(question: string): boolean {
  return /\b(?:else|more about|what more|anything more|other than that)\b/i.test(question);
}

/** Sentences shorter than this are not matched against the previous answer (too likely to recur by chance). */
const MIN_CHARS = 25;

/**
 * Whether a thesis sentence was in the previous answer, whose text holds the sentences with
 * markers removed and a leading connective trimmed: so match on the sentence's normalised text,
 * without its first words.
 */
export function alreadyShown(previous: string): (sentence: string) => boolean {
  const shown = normalizeForMatch(previous.replace(/\[\d+\]/g, ' '));
  return (sentence) => {
    const s = normalizeForMatch(sentence).replace(/^\S+\s+\S+\s+/, '');
    return s.length >= MIN_CHARS && shown.includes(s);
  };
}
