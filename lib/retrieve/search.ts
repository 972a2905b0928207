import type { Store } from '../index/load-store';
import type { CorpusRecord, RecordKind } from '../types';
import { analyzeQuery, type QueryAnalysis } from './analyze-query';
import { scoreBm25 } from './bm25';
import { dedupeOverlapping } from './dedupe';
import { DEFAULT_BOOSTS, foldRecords, matchBoosts, type BoostWeights } from './match-boosts';
import { DEFAULT_FUSION, rankHybrid, type FusionOptions } from './rank-hybrid';

export type RetrievalMode = 'hybrid' | 'lexical' | 'dense';

export interface SearchOptions {
  k?: number;
  kinds?: RecordKind[];
  /** Section id prefix, e.g. `II` or `II.E`. */
  section?: string;
  /** Earlier turns of the conversation, for follow-up questions. */
  context?: string;
  mode?: RetrievalMode;
  fusion?: FusionOptions;
  boosts?: BoostWeights;
}

export interface SearchHit {
  record: CorpusRecord;
  score: number;
}

export interface SearchResult {
  analysis: QueryAnalysis;
  hits: SearchHit[];
}

const foldedCache = new WeakMap<Store, string[]>();

/** True when the question leans on an earlier turn ("what happened after that?"). */
export function needsContext(q: string): boolean {
  const words = q.trim().split(/\s+/);
  return words.length <= 6 || /\b(that|this|it|they|them|those|these|he|she|his|her|then|there|after|before)\b/i.test(q);
}

async function denseScores(store: Store, text: string): Promise<Float64Array | null> {
  const [vector] = await store.embedder.embed([text]);
  if (!vector || !vector.some((x) => x !== 0)) return null;
  const results = await store.vectors.queryItems(Array.from(vector), '', store.records.length, {
    hasVector: { $eq: true },
  });
  const pos = new Map(store.records.map((r, i) => [r.id, i]));
  const scores = new Float64Array(store.records.length).fill(-1);
  for (const r of results) {
    const i = pos.get(r.item.id);
    if (i !== undefined && Number.isFinite(r.score)) scores[i] = r.score;
  }
  return scores;
}

export async function searchRecords(store: Store, query: string, opts: SearchOptions = {}): Promise<SearchResult> {
  const k = opts.k ?? 10;
  const mode = opts.mode ?? 'hybrid';
  const context = opts.context && needsContext(query) ? opts.context : undefined;
  const analysis = analyzeQuery(query, store.corpus.acronyms ?? [], context);
  const records = store.records;
  let folded = foldedCache.get(store);
  if (!folded) foldedCache.set(store, (folded = foldRecords(records)));

  const lexical = mode === 'dense' ? null : scoreBm25(store.lexical, analysis.terms);
  const denseText = [context, query, ...analysis.expansions].filter(Boolean).join(' ');
  const dense = mode === 'lexical' ? null : await denseScores(store, denseText);
  const fused = rankHybrid(lexical, dense, opts.fusion ?? DEFAULT_FUSION);
  const boosts = mode === 'hybrid' ? matchBoosts(analysis, records, folded, opts.boosts ?? DEFAULT_BOOSTS) : null;

  const candidates: SearchHit[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (opts.kinds && !opts.kinds.includes(r.kind)) continue;
    if (opts.section && !(r.section === opts.section || r.section?.startsWith(`${opts.section}.`))) continue;
    const score = fused[i] * (boosts ? boosts[i] : 1);
    if (score > 0) candidates.push({ record: r, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  return { analysis, hits: dedupeOverlapping(candidates, k) };
}
