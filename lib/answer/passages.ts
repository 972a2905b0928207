import type { NumberedPassage } from '../cite/types';
import type { Store } from '../index/load-store';
import type { QueryAnalysis } from '../retrieve/analyze-query';
import { searchRecords, type SearchHit } from '../retrieve/search';
import { TITLE_PAGE_ID } from '../corpus/thesis-records';
import { documentQuestion } from './extractive/document-question';
import { askedFootnote } from './extractive/footnote-question';
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
  const ordered = withFootnotedPassage(store, question, withTitlePage(store, question, dated, k), k);
  return { analysis, passages: ordered.map((h, i) => ({ n: i + 1, record: h.record, score: h.score })) };
}

/** "Who wrote this thesis?": the title page first, whatever retrieval made of words that are framing everywhere else. */
function withTitlePage(store: Store, question: string, hits: SearchHit[], k: number): SearchHit[] {
  const title = documentQuestion(question) ? store.byId.get(TITLE_PAGE_ID) : undefined;
  if (!title) return hits;
  return [{ record: title, score: hits[0]?.score ?? 1 }, ...hits.filter((h) => h.record.id !== TITLE_PAGE_ID)].slice(0, k);
}

/** "What does footnote 35 say?": the passage carrying that footnote first. */
function withFootnotedPassage(store: Store, question: string, hits: SearchHit[], k: number): SearchHit[] {
  const n = askedFootnote(question);
  const carrier = n === null ? undefined : store.records.find((r) => r.kind !== 'footnote' && r.footnotes.includes(n));
  if (!carrier) return hits;
  return [{ record: carrier, score: hits[0]?.score ?? 1 }, ...hits.filter((h) => h.record.id !== carrier.id)].slice(0, k);
}
