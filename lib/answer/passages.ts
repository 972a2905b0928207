import type { NumberedPassage } from '../cite/types';
import type { TermStats } from './extractive/question-terms';
import type { Store } from '../index/load-store';
import { idf } from '../retrieve/bm25';
import type { QueryAnalysis } from '../retrieve/analyze-query';
import { searchRecords } from '../retrieve/search';
import { terms } from '../retrieve/tokenize';
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

const BODY_KINDS = new Set(['passage', 'abstract', 'table', 'table-row']);
const bodyTerms = new WeakMap<Store, Set<string>>();

/** idf and document frequency over the store's lexical index, for weighing question terms. */
export function storeTermStats(store: Store): TermStats {
  let body = bodyTerms.get(store);
  if (!body) {
    body = new Set(store.records.filter((r) => BODY_KINDS.has(r.kind)).flatMap((r) => terms(r.searchText)));
    bodyTerms.set(store, body);
  }
  const inBody = body;
  return {
    idf: (term) => idf(store.lexical, term),
    df: (term) => store.lexical.df.get(term) ?? 0,
    vocabulary: () => store.lexical.df.keys(),
    inBody: (term) => inBody.has(term),
  };
}
