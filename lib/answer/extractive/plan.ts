import type { NumberedPassage } from '../../cite/types';
import type { QueryAnalysis } from '../../retrieve/analyze-query';
import { sentenceCandidates } from './candidates';
import { coverage, questionTerms } from './question-terms';
import { DEFAULT_WEIGHTS, scoreCandidates, type Scored, type ScoreWeights } from './score';
import { typeIsStrict } from './type-cues';

export interface PlanOptions {
  /** Below this confidence the answerer abstains. Calibrated on the eval sets (see scripts/eval-answers.ts). */
  abstainBelow: number;
  weights: ScoreWeights;
  maxSentences: number;
}

export const DEFAULT_PLAN: PlanOptions = { abstainBelow: 0.45, weights: DEFAULT_WEIGHTS, maxSentences: 3 };

export interface Plan {
  confidence: number;
  abstain: boolean;
  /** Chosen sentences in answer order. */
  picks: Scored[];
  best: Scored | null;
}

const ANAPHOR = /^(This|These|That|Those|It|Its|They|Their|He|His|She|Her|Such|The two|Both)\b/;

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** Confidence that the best sentence answers the question (0..1), with penalties for missing anchors and type. */
function confidenceOf(best: Scored, type: QueryAnalysis['type']): number {
  let c = 0.6 * best.cov + 0.25 * best.windowCov + 0.15 * best.recordCov;
  if (best.missingAnchors.length) c *= 0.6;
  if (typeIsStrict(type) && best.fit === 0) c *= 0.8;
  return c;
}

/** Picks the sentences of an extractive answer, or decides to abstain. */
export function planAnswer(
  analysis: QueryAnalysis,
  passages: NumberedPassage[],
  idf: (term: string) => number,
  opts: PlanOptions = DEFAULT_PLAN,
): Plan {
  const q = questionTerms(analysis, idf);
  const candidates = sentenceCandidates(passages);
  const rank = new Map(passages.map((p, i) => [p.n, i]));
  const scored = scoreCandidates(candidates, q, analysis.type, (n) => rank.get(n) ?? passages.length, opts.weights);
  const best = scored[0] ?? null;
  if (!best || q.length === 0) return { confidence: 0, abstain: true, picks: [], best };
  const confidence = confidenceOf(best, analysis.type);
  if (confidence < opts.abstainBelow) return { confidence, abstain: true, picks: [], best };

  const picks: Scored[] = [best];
  const covered = new Set(best.c.terms);
  for (const s of scored.slice(1)) {
    if (picks.length >= opts.maxSentences - 1) break;
    if (s.score < 0.7 * best.score) break;
    if (picks.some((p) => jaccard(p.c.terms, s.c.terms) > 0.5)) continue;
    const gain = coverage(q, new Set([...covered, ...s.c.terms])) - coverage(q, covered);
    if (gain < 0.15) continue;
    picks.push(s);
    for (const t of s.c.terms) covered.add(t);
  }
  const context = ANAPHOR.test(best.c.text) ? scored.find((s) => s.c.passage === best.c.passage && s.c.index === best.c.index - 1) : undefined;
  if (context && !picks.includes(context)) picks.unshift(context);
  const firstSeen = new Map<number, number>();
  picks.forEach((p, i) => firstSeen.has(p.c.passage) || firstSeen.set(p.c.passage, i));
  picks.sort((a, b) => firstSeen.get(a.c.passage)! - firstSeen.get(b.c.passage)! || a.c.index - b.c.index);
  return { confidence, abstain: false, picks, best };
}
