import type { CorpusRecord } from '../../types';
import { sentenceCandidates } from './candidates';
import { alreadyShown } from './already-shown';
import { chapterOf } from '../../corpus/chapter-of';

/**
 * "What happened next?", "What happened after that?", "And then?": after an answer, the thesis's
 * account read on from where that answer left off. (The words name no event of their own: looked
 * up, they find whatever mentions "happened".)
 */
const WHAT_NEXT =
  /^\s*(?:and |so |ok(?:ay)?,? )?(?:what (?:happened|came|comes|follows|followed|did (?:they|he|she|it|the [\w.-]+) do) (?:next|after (?:that|this)|afterwards?|then)|what next|then what|and then(?: what)?|what followed|what came next|what(?:['’]s| is) next)\s*\??\s*$/i;

export function asksWhatNext(question: string): boolean {
  return WHAT_NEXT.test(question);
}

/** Sentences an answer continuing the account gives. */
export const NEXT_SENTENCES = 2;

export interface LeftOff {
  /** The record holding the latest (in the thesis's order) sentence of the previous answer. */
  record: CorpusRecord;
  /** That sentence's index among the record's candidate sentences. */
  index: number;
  /** The record after it in the thesis's reading order (same document and chapter), if any. */
  next: CorpusRecord | null;
}

/** Where the previous answer left off in the thesis's text: its latest sentence there, and the record after. */
export function whereLeftOff(previous: string, records: CorpusRecord[]): LeftOff | null {
  const shown = alreadyShown(previous);
  // The chapters' text (not the title page or the acknowledgments), in reading order.
  const text = records.filter((r) => r.kind === 'passage' && r.section !== null).sort((a, b) => a.order - b.order);
  let found: { at: number; index: number } | null = null;
  text.forEach((record, at) => {
    for (const c of sentenceCandidates([{ n: 1, record, score: 0 }])) if (shown(c.text)) found = { at, index: c.index };
  });
  if (!found) return null;
  const { at, index } = found as { at: number; index: number };
  const record = text[at];
  const after = text[at + 1];
  return { record, index, next: after && after.doc === record.doc && chapterOf(after.section) === chapterOf(record.section) ? after : null };
}
