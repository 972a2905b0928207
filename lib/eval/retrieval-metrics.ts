/** Rank-based retrieval metrics over questions with a gold supporting substring. */
export interface RankedOutcome {
  cat: string;
  /** 1-based rank of the first returned record containing the gold text, or null. */
  rank: number | null;
}

export interface RetrievalMetrics {
  n: number;
  hit1: number;
  hit5: number;
  hit10: number;
  mrr10: number;
}

export function firstHitRank(texts: string[], gold: string, normalize: (s: string) => string): number | null {
  const g = normalize(gold);
  const i = texts.findIndex((t) => normalize(t).includes(g));
  return i < 0 ? null : i + 1;
}

export function summarize(outcomes: RankedOutcome[]): RetrievalMetrics {
  const n = outcomes.length;
  const at = (k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length / Math.max(1, n);
  const mrr = outcomes.reduce((s, o) => s + (o.rank !== null && o.rank <= 10 ? 1 / o.rank : 0), 0) / Math.max(1, n);
  return { n, hit1: at(1), hit5: at(5), hit10: at(10), mrr10: mrr };
}

export function byCategory(outcomes: RankedOutcome[]): Map<string, RetrievalMetrics> {
  const cats = [...new Set(outcomes.map((o) => o.cat))].sort();
  const out = new Map<string, RetrievalMetrics>([['ALL', summarize(outcomes)]]);
  for (const c of cats) out.set(c, summarize(outcomes.filter((o) => o.cat === c)));
  return out;
}
