import type { QuestionType } from '../../retrieve/analyze-query';
import type { Candidate } from './candidates';
import { coverage, type QuestionTerm } from './question-terms';
import { typeFit } from './type-cues';

export interface ScoreWeights {
  sentence: number;
  window: number;
  record: number;
  type: number;
  rank: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = { sentence: 0.5, window: 0.15, record: 0.1, type: 0.15, rank: 0.1 };

export interface Scored {
  c: Candidate;
  score: number;
  cov: number;
  windowCov: number;
  recordCov: number;
  fit: number;
  /** Anchor terms (names, years, figures of the question) missing from the record. */
  missingAnchors: string[];
}

/**
 * Scores candidate sentences: idf-weighted coverage of the question's terms by the sentence, its
 * neighbours and its record; how well it fits the question type; and the record's retrieval rank.
 */
export function scoreCandidates(
  candidates: Candidate[],
  q: QuestionTerm[],
  type: QuestionType,
  rankOf: (passage: number) => number,
  w: ScoreWeights = DEFAULT_WEIGHTS,
): Scored[] {
  const anchors = q.filter((t) => t.anchor);
  return candidates
    .map((c) => {
      const cov = coverage(q, c.terms);
      const windowCov = coverage(q, c.windowTerms);
      const recordCov = coverage(q, c.recordTerms);
      const fit = typeFit(type, c.text);
      const rank = 1 / (1 + rankOf(c.passage));
      const score = w.sentence * cov + w.window * windowCov + w.record * recordCov + w.type * fit + w.rank * rank;
      const missingAnchors = anchors.filter((a) => !c.recordTerms.has(a.term)).map((a) => a.term);
      return { c, score, cov, windowCov, recordCov, fit, missingAnchors };
    })
    .sort((a, b) => b.score - a.score);
}
