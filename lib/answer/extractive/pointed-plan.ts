import type { Candidate } from './candidates';
import type { Plan } from './plan';

/** A plan that abstains: the question points at something the thesis does not hold. */
export function abstaining(type: Plan['type']): Plan {
  return { type, confidence: 0, abstain: true, picks: [], best: null, unknownAnchors: [] };
}

/** A plan answering with the sentences the question points to outright (no scoring, no abstention). */
export function pointedTo(lines: Candidate[], type: Plan['type'], footnote?: number): Plan {
  const picks = lines.map((c) => ({ c, score: 1, cov: 1, windowCov: 1, fit: 1 }));
  return { type, confidence: 1, abstain: false, picks, best: picks[0], unknownAnchors: [], ...(footnote === undefined ? {} : { footnote }) };
}
