import type { CorpusRecord } from '@/lib/types';
import { eventCountries } from './countries';
import { questionPeriod, timelineRecordIds } from './question';

interface Hit {
  record: CorpusRecord;
  score: number;
}

/** A record about another case country only (Colombia when the question asks about Mexico). */
function otherCountryOnly(r: CorpusRecord, asked: readonly string[]): boolean {
  const about = eventCountries(r.text, r.section).filter((c) => c !== 'United States');
  return about.length > 0 && !about.some((c) => asked.includes(c));
}

/**
 * For date questions ("what happened in 1942?", "between 1994 and 1997 with Mexico?"): the passages holding the events
 * of that period go first (lexical search cannot see that 1995 lies between 1994 and 1997), the search hits follow,
 * leaving out those only about another country when the question names one; `k` in all. Other questions get their
 * hits back unchanged.
 */
export function withTimelineHits(
  store: { corpus: { chunks: CorpusRecord[] }; byId: Map<string, CorpusRecord> },
  question: string,
  hits: Hit[],
  k: number,
): Hit[] {
  const ids = timelineRecordIds(store.corpus, question, Math.max(1, Math.ceil(k / 2) + 1));
  if (!ids.length) return hits;
  const asked = questionPeriod(question)?.countries ?? [];
  const top = hits[0]?.score ?? 1;
  const dated = ids.flatMap((id) => {
    const record = store.byId.get(id);
    return record ? [{ record, score: hits.find((h) => h.record.id === id)?.score ?? top }] : [];
  });
  const rest = hits.filter((h) => !ids.includes(h.record.id) && !(asked.length && otherCountryOnly(h.record, asked)));
  return [...dated, ...rest].slice(0, k);
}
