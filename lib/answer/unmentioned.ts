import { terms } from '../retrieve/tokenize';
import { ownQuestionTerms, type LeadInput } from './leads';

/** A word that opens the name of an operation or a program. */
const PROGRAM_KIND = /^(?:Operation|Plan|Project|Exercise)$/;

/** A word of the question, with where it stands. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/**
 * The names a question uses that the thesis never does, as the question writes them, adjacent
 * words joined ("Operation Just Cause", "Venezuela"): said beside an abstention, they tell the
 * reader why the thesis does not answer.
 */
export function unmentionedNames(input: Pick<LeadInput, 'analysis' | 'stats' | 'context'>): string[] {
  const unknown = new Set(
    ownQuestionTerms(input)
      .filter((t) => t.anchor && !t.known)
      .map((t) => t.term),
  );
  if (!unknown.size) return [];
  const text = input.analysis.text;
  const names: string[] = [];
  let run: { words: string[]; end: number } | null = null;
  let previous = '';
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/, '');
    const isUnknown = terms(word).some((t) => unknown.has(t));
    if (isUnknown && run && /^\s*$/.test(text.slice(run.end, m.index))) run.words.push(word);
    else if (isUnknown) {
      if (run) names.push(run.words.join(' '));
      // "Operation Just Cause": the kind of name belongs to it.
      run = { words: PROGRAM_KIND.test(previous) ? [previous, word] : [word], end: 0 };
    } else if (run) {
      names.push(run.words.join(' '));
      run = null;
    }
    if (run) run.end = m.index! + m[0].length;
    previous = word;
  }
  if (run) names.push(run.words.join(' '));
  return [...new Set(names)];
}
