import type { NumberedPassage } from '../cite/types';
import type { Store } from '../index/load-store';
import type { QueryAnalysis } from '../retrieve/analyze-query';
import { searchRecords } from '../retrieve/search';
import { withTimelineHits } from '../tools/timeline/chat';

/** Passages shown to the model. */
export const PASSAGE_COUNT = 8;

export interface Retrieved {
  analysis: QueryAnalysis;
  passages: NumberedPassage[];
}

/** Retrieves the passages for a question (with earlier turns as context for follow-ups), numbered 1..k. */
export async function retrievePassages(store: Store, question: string, context?: string, k = PASSAGE_COUNT): Promise<Retrieved> {
  const { analysis, hits } = await searchRecords(store, question, { k, context });
  const dated = withTimelineHits(store, question, hits, k); // date questions: the period's events first
  return { analysis, passages: dated.map((h, i) => ({ n: i + 1, record: h.record, score: h.score })) };
}
