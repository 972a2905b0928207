import type { QueryAnalysis } from '../retrieve/analyze-query';
import type { SearchHit } from '../retrieve/search';
import type { CorpusRecord } from '../types';
import { adjacentRecordId } from './extractive/candidates';

/**
 * For a why-question, the record after the leading passage, in place of the last hit: a record
 * boundary may fall between the event asked about and the reason for it ("… would be participating
 * in an international exercise." | "Mexican officials quickly denounced those intentions and 'made
 * it clear that …'"), and the reason shares few of the question's words.
 */
export function withFollowingRecord(hits: SearchHit[], analysis: Pick<QueryAnalysis, 'type'>, byId: Map<string, CorpusRecord>, k: number): SearchHit[] {
  const top = hits[0];
  if (analysis.type !== 'why' || !top || top.record.kind !== 'passage') return hits;
  const id = adjacentRecordId(top.record.id, 1);
  const next = id ? byId.get(id) : undefined;
  if (!next || next.kind !== 'passage' || hits.some((h) => h.record.id === next.id)) return hits;
  const kept = hits.length >= k ? hits.slice(0, k - 1) : hits;
  return [...kept, { record: next, score: 0 }];
}
