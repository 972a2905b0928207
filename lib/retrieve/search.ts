import type { Store } from '../index/load-store';
import type { CorpusRecord, RecordKind } from '../types';
import { analyzeQuery, type QueryAnalysis } from './analyze-query';
import { spellOutAbbreviations } from './abbreviations';
import { bestCoverage, scoreBm25 } from './bm25';
import { attachParents } from './attach-parents';
import { dedupeOverlapping } from './dedupe';
import { DEFAULT_BOOSTS, foldRecords, matchBoosts, type BoostWeights } from './match-boosts';
import { partReference } from './part-reference';
import { titledPart } from './titled-part';
import { adaptiveLexicalWeight, DEFAULT_FUSION, rankHybrid, type FusionOptions } from './rank-hybrid';
import { DEFAULT_RELATED, relatedTerms, type RelatedOptions } from './related-terms';
import { questionTerms } from './question-terms';
import { rerankByCoverage, type CoverageRerankOptions } from './rerank-coverage';
import { storeTermStats } from './term-stats';
import { prepareWordSimilarity } from './word-similarity';
import { needsContext } from './needs-context';
import { withCitedFootnote } from './cited-footnote';
import { withNamedFootnote } from './named-footnote';
import { footnoteRecordId } from '../corpus/thesis-records';

export { needsContext };

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
  /** Neighbour expansion of query words; `false` turns it off. */
  related?: RelatedOptions | false;
  /** Re-ordering by best-sentence coverage of the question; `false` turns it off. */
  rerank?: CoverageRerankOptions | false;
}

/** Hybrid hits considered for re-ranking (at least; twice k when k is larger). */
const RERANK_POOL = 20;

export interface SearchHit {
  record: CorpusRecord;
  score: number;
}

export interface SearchResult {
  analysis: QueryAnalysis;
  hits: SearchHit[];
}

const foldedCache = new WeakMap<Store, string[]>();
const footnoteChunkCache = new WeakMap<Store, Map<number, string[]>>();

function footnoteChunks(store: Store): Map<number, string[]> {
  let m = footnoteChunkCache.get(store);
  if (!m) footnoteChunkCache.set(store, (m = new Map(store.corpus.footnotes.map((f) => [f.n, f.chunkIds]))));
  return m;
}

function inSection(r: CorpusRecord, section?: string): boolean {
  return !section || r.section === section || (r.section?.startsWith(`${section}.`) ?? false);
}

const positionCache = new WeakMap<Store, Map<string, number>>();

function positions(store: Store): Map<string, number> {
  let m = positionCache.get(store);
  if (!m) positionCache.set(store, (m = new Map(store.records.map((r, i) => [r.id, i]))));
  return m;
}

async function denseScores(store: Store, text: string, sentenceShare: number): Promise<Float64Array | null> {
  const [vector] = await store.embedder.embed([text]);
  if (!vector || !vector.some((x) => x !== 0)) return null;
  const results = await store.vectors.queryItems(Array.from(vector), '', store.vectorCount, {
    hasVector: { $eq: true },
  });
  const pos = positions(store);
  const whole = new Float64Array(store.records.length).fill(-1);
  const bestSentence = new Float64Array(store.records.length).fill(-2);
  for (const r of results) {
    if (!Number.isFinite(r.score)) continue;
    const i = pos.get(String(r.item.metadata.record ?? r.item.id));
    if (i === undefined) continue;
    if (r.item.metadata.kind === 'sentence') bestSentence[i] = Math.max(bestSentence[i], r.score);
    else whole[i] = r.score;
  }
  // A passage is as close as its best sentence, tempered by the whole: GloVe means over
  // 150 words blur the one sentence that answers the question.
  for (let i = 0; i < whole.length; i++) if (bestSentence[i] > -2) whole[i] = sentenceShare * bestSentence[i] + (1 - sentenceShare) * whole[i];
  return whole;
}

export async function searchRecords(store: Store, asked: string, opts: SearchOptions = {}): Promise<SearchResult> {
  const query = spellOutAbbreviations(asked);
  const k = opts.k ?? 10;
  const mode = opts.mode ?? 'hybrid';
  const context = opts.context && needsContext(query) ? opts.context : undefined;
  const analysis = analyzeQuery(query, store.corpus.acronyms ?? [], context);
  // "in the constructivism bit": a part named by its title, which the fixed list does not know.
  analysis.part = partReference(analysis.text) ?? titledPart(analysis.text, store.corpus.sections ?? []);
  const records = store.records;
  let folded = foldedCache.get(store);
  if (!folded) foldedCache.set(store, (folded = foldRecords(records)));

  if (mode === 'hybrid' && opts.related !== false) {
    const present = new Set(analysis.terms.map((t) => t.term));
    const related = await relatedTerms(query, store.vocab, store.embedder, opts.related ?? DEFAULT_RELATED, storeTermStats(store).isName);
    analysis.terms.push(...related.filter((t) => !present.has(t.term)));
  }
  const lexical = mode === 'dense' ? null : scoreBm25(store.lexical, analysis.terms);
  const denseText = [context, query, ...analysis.expansions].filter(Boolean).join(' ');
  const dense = mode === 'lexical' ? null : await denseScores(store, denseText, (opts.fusion ?? DEFAULT_FUSION).sentenceShare);
  const fusion = opts.fusion ?? DEFAULT_FUSION;
  const coverage = lexical ? bestCoverage(store.lexical, analysis.terms.filter((t) => t.weight >= 1)) : 1;
  const fused = rankHybrid(lexical, dense, { ...fusion, lexicalWeight: adaptiveLexicalWeight(fusion, coverage) });
  const boosts = mode === 'hybrid' ? matchBoosts(analysis, records, folded, opts.boosts ?? DEFAULT_BOOSTS) : null;

  const candidates: SearchHit[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (opts.kinds && !opts.kinds.includes(r.kind)) continue;
    if (!inSection(r, opts.section)) continue;
    const score = fused[i] * (boosts ? boosts[i] : 1);
    if (score > 0) candidates.push({ record: r, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  if (mode !== 'hybrid') return { analysis, hits: dedupeOverlapping(candidates, k) };
  const pool = Math.max(2 * k, RERANK_POOL);
  const keepRows = !!opts.kinds && !opts.kinds.includes('table');
  const grouped = attachParents(candidates.slice(0, pool * 3), store.byId, footnoteChunks(store), keepRows);
  const wanted = (h: SearchHit) => (!opts.kinds || opts.kinds.includes(h.record.kind)) && inSection(h.record, opts.section);
  const pooled = dedupeOverlapping(grouped.filter(wanted), pool);
  if (opts.rerank === false) return { analysis, hits: pooled.slice(0, k) };
  const q = questionTerms(analysis, storeTermStats(store), context);
  const sim = await prepareWordSimilarity(store.embedder, [query], store.vocab);
  const ranked = withNamedFootnote(rerankByCoverage(pooled, q, sim, opts.rerank, analysis.type === 'why').slice(0, k), query, records, store.byId).filter(wanted);
  if (analysis.type !== 'source') return { analysis, hits: ranked };
  // "Which source is cited for …": the footnote on the claim names it.
  const footnote = (doc: string, n: number) => (doc === 'thesis' ? store.byId.get(footnoteRecordId(n)) : undefined);
  return { analysis, hits: withCitedFootnote(ranked, q, footnote, sim).filter(wanted) };
}
