import type { Embedder } from '../embed/embedder';
import type { CorpusRecord } from '../types';
import { contentWords, stem } from './tokenize';
import { isRoleWord } from './personal-name';

/** Word vectors for the corpus's own vocabulary, to expand query words with close neighbours. */
export interface VocabIndex {
  words: string[];
  matrix: Float32Array;
  dim: number;
  /** Corpus words near a word, per `${minSimilarity}:${word}` (words repeat across questions). */
  memo: Map<string, Map<string, number>>;
}

const MEMO_LIMIT = 20_000;

export interface RelatedOptions {
  minSimilarity: number;
  perWord: number;
  /** Term weight = weight × similarity. */
  weight: number;
}

export const DEFAULT_RELATED: RelatedOptions = { minSimilarity: 0.5, perWord: 3, weight: 0.6 };

export async function buildVocabIndex(records: CorpusRecord[], embedder: Embedder): Promise<VocabIndex> {
  const vocab = new Set<string>();
  for (const r of records) for (const w of contentWords(r.searchText)) vocab.add(w);
  const list = [...vocab];
  const vectors = await embedder.embed(list);
  const kept = list.map((w, i) => ({ w, v: vectors[i] })).filter(({ v }) => v.some((x) => x !== 0));
  const dim = embedder.dimension;
  const matrix = new Float32Array(kept.length * dim);
  kept.forEach(({ v }, i) => matrix.set(v, i * dim));
  return { words: kept.map((k) => k.w), matrix, dim, memo: new Map() };
}

/** Adjectives of a nation, which lead a name as a role does ("Mexican General …") but name a nation. */
const NATION_ADJECTIVE = /^(?:mexican|colombian|american)$/;

/**
 * Whether a corpus term names something (a nation, a place, a person): its neighbours in
 * embedding space are other names ("Mexican" → "Colombian", "Luis", "Torres"), which in a thesis
 * comparing two countries point at the other one. Titles ("minister", "chief") are words, not names.
 */
function namesAnotherThing(term: string, isName: (term: string) => boolean): boolean {
  return isName(term) && (!isRoleWord(term) || NATION_ADJECTIVE.test(term));
}

/**
 * Stemmed corpus terms close to the query's words in embedding space ("warship" -> frigate, ship),
 * so a paraphrase with little word overlap still reaches the lexical ranker. Excludes terms the
 * query already has and the corpus's names (`isName`).
 */
export async function relatedTerms(
  query: string,
  vocab: VocabIndex,
  embedder: Embedder,
  opts: RelatedOptions = DEFAULT_RELATED,
  isName: (term: string) => boolean = () => false,
): Promise<{ term: string; weight: number }[]> {
  const qWords = [...new Set(contentWords(query))];
  if (qWords.length === 0 || vocab.words.length === 0) return [];
  const own = new Set(qWords.map(stem));
  const unknown = qWords.filter((w) => !vocab.memo.has(`${opts.minSimilarity}:${w}`));
  if (unknown.length > 0) {
    const vectors = await embedder.embed(unknown);
    unknown.forEach((w, i) => rememberNear(vocab, w, opts.minSimilarity, vectors[i]));
  }
  const best = new Map<string, number>();
  for (const w of qWords) {
    let taken = 0;
    for (const { term, sim } of nearestTerms(vocab.memo.get(`${opts.minSimilarity}:${w}`))) {
      if (own.has(term) || namesAnotherThing(term, isName)) continue;
      best.set(term, Math.max(best.get(term) ?? 0, opts.weight * sim));
      if (++taken >= opts.perWord) break;
    }
  }
  return [...best].map(([term, weight]) => ({ term, weight }));
}

/** The closest index terms (stemmed) among a word's near words, best first. */
function nearestTerms(near: Map<string, number> | undefined): { term: string; sim: number }[] {
  if (!near) return [];
  const best = new Map<string, number>();
  for (const [w, sim] of near) {
    const term = stem(w);
    if (sim > (best.get(term) ?? -1)) best.set(term, sim);
  }
  return [...best].map(([term, sim]) => ({ term, sim })).sort((a, b) => b.sim - a.sim).slice(0, 12);
}

/**
 * Corpus words at or above `minSimilarity` to a word vector (unit length, as the embedder returns
 * them): one pass over the vocabulary, remembered per word.
 */
export function rememberNear(vocab: VocabIndex, word: string, minSimilarity: number, v: Float32Array | null | undefined): Map<string, number> {
  const key = `${minSimilarity}:${word}`;
  const known = vocab.memo.get(key);
  if (known) return known;
  const out = new Map<string, number>();
  // A word not embedded yet is not known to have no neighbours: remembering that would make the
  // answer to one question depend on which questions came before it.
  if (v === undefined) return out;
  if (v && v.some((x) => x !== 0)) {
    for (let i = 0; i < vocab.words.length; i++) {
      let dot = 0;
      const off = i * vocab.dim;
      for (let d = 0; d < vocab.dim; d++) dot += v[d] * vocab.matrix[off + d];
      if (dot >= minSimilarity) out.set(vocab.words[i], dot);
    }
  }
  if (vocab.memo.size >= MEMO_LIMIT) vocab.memo.clear();
  vocab.memo.set(key, out);
  return out;
}
