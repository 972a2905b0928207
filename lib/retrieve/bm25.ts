import { idTokens, terms } from './tokenize';

export interface Bm25Doc {
  id: string;
  text: string;
  /** Extra weighted fields (e.g. section title) appended `weight` times. */
  boosts?: { text: string; weight: number }[];
}

export interface Bm25Index {
  ids: string[];
  docTerms: Map<string, number>[];
  lengths: number[];
  avgLength: number;
  df: Map<string, number>;
}

const K1 = 1.2;
const B = 0.6;

export function buildBm25(docs: Bm25Doc[]): Bm25Index {
  const docTerms: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  for (const doc of docs) {
    const tf = new Map<string, number>();
    let length = 0;
    const add = (text: string, weight: number) => {
      for (const t of terms(text)) {
        tf.set(t, (tf.get(t) ?? 0) + weight);
        length += weight;
      }
    };
    add(doc.text, 1);
    // "H₂", "UH-60", "FY2017" also as one term each, so an identifier is matched as a whole.
    for (const t of idTokens(doc.text)) {
      tf.set(t, (tf.get(t) ?? 0) + 1);
      length += 1;
    }
    for (const b of doc.boosts ?? []) add(b.text, b.weight);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    docTerms.push(tf);
    lengths.push(length);
  }
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  return { ids: docs.map((d) => d.id), docTerms, lengths, avgLength, df };
}

export function idf(index: Bm25Index, term: string): number {
  const n = index.ids.length;
  const df = index.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** BM25 scores for query terms (each term may carry a weight, e.g. lower for acronym expansions). */
export function scoreBm25(index: Bm25Index, query: { term: string; weight: number }[]): Float64Array {
  const scores = new Float64Array(index.ids.length);
  for (const { term, weight } of query) {
    const w = idf(index, term) * weight;
    if (w === 0) continue;
    for (let i = 0; i < index.ids.length; i++) {
      const tf = index.docTerms[i].get(term);
      if (!tf) continue;
      const norm = tf + K1 * (1 - B + (B * index.lengths[i]) / index.avgLength);
      scores[i] += (w * (tf * (K1 + 1))) / norm;
    }
  }
  return scores;
}

/**
 * Best share of the query's idf mass that any single document contains (0..1). Low coverage
 * means the question's words are not the document's words (a paraphrase), so lexical scores
 * deserve less trust.
 */
export function bestCoverage(index: Bm25Index, query: { term: string; weight: number }[]): number {
  const weights = query.map((q) => ({ term: q.term, w: idf(index, q.term) * q.weight }));
  const total = weights.reduce((s, q) => s + q.w, 0);
  if (total === 0) return 0;
  let best = 0;
  for (const tf of index.docTerms) {
    let covered = 0;
    for (const q of weights) if (tf.has(q.term)) covered += q.w;
    if (covered > best) best = covered;
  }
  return best / total;
}
