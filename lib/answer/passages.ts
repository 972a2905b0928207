import type { NumberedPassage } from '../cite/types';
import type { Store } from '../index/load-store';
import { idf } from '../retrieve/bm25';
import type { QueryAnalysis } from '../retrieve/analyze-query';
import { searchRecords } from '../retrieve/search';

/** Passages shown to the model. */
export const PASSAGE_COUNT = 8;

export interface Retrieved {
  analysis: QueryAnalysis;
  passages: NumberedPassage[];
}

/** Retrieves the passages for a question (with earlier turns as context for follow-ups), numbered 1..k. */
export async function retrievePassages(store: Store, question: string, context?: string, k = PASSAGE_COUNT): Promise<Retrieved> {
  const { analysis, hits } = await searchRecords(store, question, { k, context });
  return { analysis, passages: hits.map((h, i) => ({ n: i + 1, record: h.record, score: h.score })) };
}

/** idf over the store's lexical index, for weighting question terms. */
export function storeIdf(store: Store): (term: string) => number {
  return (term) => idf(store.lexical, term);
}
