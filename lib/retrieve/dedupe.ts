import type { CorpusRecord } from '../types';
import { terms } from './tokenize';

/**
 * Drops a lower-ranked record whose terms are mostly contained in a higher-ranked one
 * (overlapping chunks, a table row under its whole table, a repeated sentence).
 */
const termSetCache = new WeakMap<CorpusRecord, Set<string>>();

function termSet(record: CorpusRecord): Set<string> {
  let set = termSetCache.get(record);
  if (!set) termSetCache.set(record, (set = new Set(terms(record.searchText))));
  return set;
}

export function dedupeOverlapping<T extends { record: CorpusRecord }>(ranked: T[], k: number, threshold = 0.8): T[] {
  const kept: { hit: T; set: Set<string> }[] = [];
  for (const hit of ranked) {
    if (kept.length >= k) break;
    const set = termSet(hit.record);
    if (set.size === 0) continue;
    const duplicate = kept.some(({ set: other }) => {
      let shared = 0;
      for (const t of set) if (other.has(t)) shared++;
      return shared / set.size >= threshold && other.size >= set.size * 0.5;
    });
    if (!duplicate) kept.push({ hit, set });
  }
  return kept.map((k) => k.hit);
}
