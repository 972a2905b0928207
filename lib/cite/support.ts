import { terms } from '../retrieve/tokenize';

/** Minimum share of a claim's content terms found in its evidence for the claim to count as supported. */
export const SUPPORT_THRESHOLD = 0.6;

export interface Support {
  score: number;
  /** Figures in the claim that the evidence does not contain. */
  missingNumbers: string[];
  supported: boolean;
}

function isNumber(t: string): boolean {
  return /^\d/.test(t);
}

/**
 * Lexical support of a claim by evidence text: the weighted share of the claim's content terms
 * (stemmed, stopwords removed; figures count double) that occur in the evidence. A claim with a
 * figure the evidence lacks is never supported, whatever its score.
 */
export function supportScore(claim: string, evidence: string | Set<string>): Support {
  const claimTerms = [...new Set(terms(claim))];
  if (claimTerms.length === 0) return { score: 1, missingNumbers: [], supported: true };
  const have = typeof evidence === 'string' ? new Set(terms(evidence)) : evidence;
  let total = 0;
  let found = 0;
  const missingNumbers: string[] = [];
  for (const t of claimTerms) {
    const w = isNumber(t) ? 2 : 1;
    total += w;
    if (have.has(t)) found += w;
    else if (isNumber(t)) missingNumbers.push(t);
  }
  const score = found / total;
  return { score, missingNumbers, supported: score >= SUPPORT_THRESHOLD && missingNumbers.length === 0 };
}

export function termSet(text: string): Set<string> {
  return new Set(terms(text));
}
