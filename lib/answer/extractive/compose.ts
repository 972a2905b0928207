import type { CitationCorpus } from '../../cite/corpus-index';
import type { NumberedPassage } from '../../cite/types';
import { splitSentences } from '../../corpus/sentences';
import { ABSTAIN_TEXT } from '../abstain';
import { trimConnective } from './clean-text';
import type { Plan } from './plan';
import { sourceNote } from './source-note';

/** Appends a [n] marker after the sentence's final punctuation (adding a full stop if it has none). */
export function withMarker(sentence: string, n: number): string {
  const s = sentence.trim();
  return /[.!?]["”’)]*$/.test(s) ? `${s}[${n}]` : `${s}.[${n}]`;
}

/** A sentence citing several passages: "… differ ($48 million vs $420 million).[2][3]". */
function withMarkers(sentence: string, ns: number[]): string {
  const [first, ...rest] = [...new Set(ns)];
  return withMarker(sentence, first) + rest.map((n) => `[${n}]`).join('');
}

/**
 * Writes the extractive answer: the chosen thesis sentences (markers removed, a leading
 * connective trimmed), each followed by the number of the passage it comes from; for source
 * questions, one more sentence relaying the thesis's footnote on the best sentence.
 */
export function composeAnswer(
  plan: Plan,
  passages: NumberedPassage[],
  corpus: CitationCorpus,
  isSourceQuestion: boolean,
): string {
  if (plan.abstain || plan.picks.length === 0) return ABSTAIN_TEXT;
  // Every sentence carries its marker, also inside a multi-sentence table reason.
  const parts = plan.picks.flatMap((p, i) => [
    // A bibliography entry is one line, however many full stops it has.
    ...(p.c.kind === 'bibliography' ? [{ text: p.c.text }] : splitSentences(trimConnective(p.c.text))).map((s) => withMarker(s.text, p.c.passage)),
    ...(plan.notes?.[i] ? [withMarkers(plan.notes[i]!.text, plan.notes[i]!.passages)] : []),
  ]);
  if (isSourceQuestion && plan.best) {
    const record = passages[plan.best.c.passage - 1].record;
    const note = sourceNote(record, plan.best.c.raw, corpus, plan.footnote, plan.footnoteInFull);
    if (note) parts.splice(plan.picks.indexOf(plan.best) + 1, 0, withMarker(note, plan.best.c.passage));
  }
  return parts.join(' ');
}
