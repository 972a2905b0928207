import type { CorpusRecord } from '../types';
import { termCredit, type QuestionTerm } from './question-terms';
import { sentenceBags } from './sentence-bags';
import type { WordSimilarity } from './word-similarity';

export interface CoverageRerankOptions {
  /** Weight of the best sentence's coverage against the fused score (scaled to the top hit's). */
  weight: number;
  /** Share of a sentence's coverage taken from the sentence alone (the rest from it with its neighbours). */
  sentenceShare: number;
  /** For why-questions: extra share of coverage for a sentence that gives a reason, or is followed by one. */
  reasonBonus: number;
}

export const DEFAULT_COVERAGE_RERANK: CoverageRerankOptions = { weight: 0.5, sentenceShare: 0.5, reasonBonus: 0.2 };

/**
 * How much of the question one sentence of the record covers (0..1): the sentence alone and the
 * sentence with its neighbours and section title, mixed by `sentenceShare`. Each term is matched
 * once per sentence; a window's credit for a term is the best of its parts.
 */
export function bestSentenceCoverage(
  record: CorpusRecord,
  q: QuestionTerm[],
  sim: WordSimilarity | undefined,
  sentenceShare: number,
  reasonBonus = 0,
): number {
  const { sentences, title, neighbours } = sentenceBags(record);
  const total = q.reduce((s, t) => s + t.weight, 0);
  if (sentences.length === 0 || total === 0) return 0;
  const credit = sentences.map((b) => q.map((t) => termCredit(t, b, sim)));
  const titleCredit = q.map((t) => termCredit(t, title, sim));
  let best = 0;
  for (let i = 0; i < sentences.length; i++) {
    let own = 0;
    let window = 0;
    q.forEach((t, j) => {
      own += t.weight * credit[i][j];
      const near = neighbours ? Math.max(credit[i - 1]?.[j] ?? 0, credit[i + 1]?.[j] ?? 0) : 0;
      window += t.weight * Math.max(credit[i][j], near, titleCredit[j]);
    });
    const cue = reasonBonus && (sentences[i].reason || sentences[i + 1]?.reason) ? 1 + reasonBonus : 1;
    best = Math.max(best, (cue * (sentenceShare * own + (1 - sentenceShare) * window)) / total);
  }
  return best;
}

/**
 * Re-orders retrieved hits by their fused score plus the coverage of the question by their best
 * sentence: BM25 and passage vectors spread the question over a whole passage, while the passage
 * that answers usually has one sentence saying most of what is asked (in the question's words or
 * close ones: "gear"/"equipment").
 */
export function rerankByCoverage<T extends { record: CorpusRecord; score: number }>(
  hits: T[],
  q: QuestionTerm[],
  sim: WordSimilarity | undefined,
  opts: CoverageRerankOptions = DEFAULT_COVERAGE_RERANK,
  why = false,
): T[] {
  const reasonBonus = why ? opts.reasonBonus : 0;
  if (opts.weight <= 0 || hits.length < 2 || q.length === 0) return hits;
  const top = Math.max(...hits.map((h) => h.score)) || 1;
  return hits
    .map((h) => ({ h, s: h.score / top + opts.weight * bestSentenceCoverage(h.record, q, sim, opts.sentenceShare, reasonBonus) }))
    .sort((a, b) => b.s - a.s)
    .map(({ h, s }) => ({ ...h, score: s }));
}
