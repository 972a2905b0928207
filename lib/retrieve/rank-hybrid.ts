export type FusionMode = 'rrf' | 'weighted';

export interface FusionOptions {
  mode: FusionMode;
  /** RRF constant. */
  rrfK: number;
  /** Share of the lexical signal in weighted fusion (dense gets the rest). */
  lexicalWeight: number;
  /** Share of a passage's dense score taken from its best-matching sentence (the rest from the whole passage). */
  sentenceShare: number;
  /**
   * Query-adaptive weighting: when no record holds more than this share of the question's
   * idf-weighted words, the lexical weight shrinks in proportion (down to half).
   */
  coverageFloor: number;
}

export const DEFAULT_FUSION: FusionOptions = { mode: 'weighted', rrfK: 60, lexicalWeight: 0.6, sentenceShare: 0.5, coverageFloor: 0.6 };

function ranks(scores: ArrayLike<number>): Int32Array {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const r = new Int32Array(scores.length);
  order.forEach((idx, pos) => (r[idx] = pos));
  return r;
}

/**
 * Fuses lexical (BM25) and dense (cosine) scores into one score per record. Weighted fusion
 * max-normalises BM25 and rescales cosine between the median and the best match, so both lie in
 * [0, 1]; RRF uses ranks only. Either signal may be absent (dense for a query of unknown words).
 */
/** The lexical weight for a query whose best record covers `coverage` of its words. */
export function adaptiveLexicalWeight(opts: FusionOptions, coverage: number): number {
  if (opts.coverageFloor <= 0 || coverage >= opts.coverageFloor) return opts.lexicalWeight;
  return opts.lexicalWeight * (0.5 + (0.5 * coverage) / opts.coverageFloor);
}

export function rankHybrid(
  lexical: Float64Array | null,
  dense: Float64Array | null,
  opts: FusionOptions = DEFAULT_FUSION,
): Float64Array {
  const n = (lexical ?? dense)?.length ?? 0;
  const out = new Float64Array(n);
  if (opts.mode === 'rrf') {
    for (const scores of [lexical, dense]) {
      if (!scores) continue;
      const r = ranks(scores);
      for (let i = 0; i < n; i++) if (scores[i] > 0 || scores === dense) out[i] += 1 / (opts.rrfK + r[i] + 1);
    }
    return out;
  }
  const lexMax = lexical ? Math.max(...lexical, 0) : 0;
  let dLo = 0;
  let dHi = 0;
  if (dense) {
    const sorted = Array.from(dense).sort((a, b) => a - b);
    dLo = sorted[Math.floor(sorted.length / 2)];
    dHi = sorted[sorted.length - 1];
  }
  const lw = lexical && lexMax > 0 ? (dense ? opts.lexicalWeight : 1) : 0;
  const dw = dense && dHi > dLo ? 1 - lw : 0;
  for (let i = 0; i < n; i++) {
    const l = lexical && lexMax > 0 ? lexical[i] / lexMax : 0;
    const d = dense && dHi > dLo ? Math.max(0, (dense[i] - dLo) / (dHi - dLo)) : 0;
    out[i] = lw * l + dw * d;
  }
  return out;
}
