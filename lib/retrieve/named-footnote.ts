import { footnoteRecordId } from '../corpus/thesis-records';
import type { CorpusRecord } from '../types';

/** The footnote a question names: "What does footnote 35 say?", "Which source is in note 112?" → 35, 112. */
export function askedFootnote(question: string): number | null {
  const m = /\b(?:foot)?notes?\s+(?:no\.?\s*|number\s+|#\s*)?(\d{1,3})\b/i.exec(question);
  return m ? Number(m[1]) : null;
}

/** The passage (or table) carrying footnote n's marker. */
export function footnotePassage(records: readonly CorpusRecord[], n: number): CorpusRecord | undefined {
  return records.find((r) => r.kind !== 'footnote' && r.footnotes.includes(n));
}

/**
 * "What does footnote 35 cite?": the footnote itself and the passage carrying its marker come
 * first, whatever else the words of the question found; k stays.
 */
export function withNamedFootnote<T extends { record: CorpusRecord; score: number }>(
  hits: T[],
  question: string,
  records: readonly CorpusRecord[],
  byId: ReadonlyMap<string, CorpusRecord>,
): T[] {
  const n = askedFootnote(question);
  const top = hits[0];
  if (n === null || !top) return hits;
  // The footnote itself first: it is what is asked about; then the claim carrying it.
  const named = [byId.get(footnoteRecordId(n)), footnotePassage(records, n)].filter((r): r is CorpusRecord => !!r);
  if (!named.length) return hits;
  return [...named.map((record) => ({ ...top, record })), ...hits.filter((h) => !named.some((r) => r.id === h.record.id))].slice(0, hits.length);
}
