import type { CorpusRecord } from '../../types';
import { splitSentences } from '../../corpus/sentences';
import { chapterOf } from '../../corpus/chapter-of';

/** "How is the thesis organized?", "What are the chapters of the thesis?" */
const ORGANIZATION =
  /\bhow (?:is|was) (?:the|this) thesis (?:organi[sz]ed|structured|laid out|divided)\b|\b(?:structure|organi[sz]ation|outline) of (?:the|this) thesis\b|\bwhat (?:are|do) the (?:thesis['’]s? )?chapters\b|\bchapters of (?:the|this) thesis\b/i;

export function asksOrganization(question: string): boolean {
  return ORGANIZATION.test(question);
}

/** A sentence in which a chapter says what it does ("This chapter analyzes major events …"). */
export const CHAPTER_ROADMAP = /^(?:This|The next|The following) chapter\b|^This thesis will\b|^The thesis will\b/;

/** For each chapter, the first record in which it says what it does. */
export function chapterRoadmaps(records: CorpusRecord[]): CorpusRecord[] {
  const seen = new Set<string>();
  const out: CorpusRecord[] = [];
  for (const r of records) {
    const chapter = r.kind === 'passage' ? chapterOf(r.section) : null;
    if (!chapter || seen.has(chapter)) continue;
    if (splitSentences(r.text).some((s) => CHAPTER_ROADMAP.test(s.text))) {
      seen.add(chapter);
      out.push(r);
    }
  }
  return out;
}
