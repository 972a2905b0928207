import { supportScore } from './support';
import type { AnswerSentence, Verification } from './types';

export interface ClaimInput {
  text: string;
  citations: number[];
}

/**
 * ALCE-style citation checks with a lexical support score instead of an NLI model.
 * Recall: share of sentences supported by the union of their citations (uncited sentences count
 * as unsupported). Precision: share of (sentence, citation) pairs where the citation supports the
 * sentence alone, or is needed for the union to support it.
 */
export function verifyClaims(
  claims: ClaimInput[],
  evidence: (citation: number) => string,
): { sentences: AnswerSentence[]; verification: Verification } {
  const sentences: AnswerSentence[] = [];
  let relevant = 0;
  let pairs = 0;
  for (const claim of claims) {
    const union = supportScore(claim.text, claim.citations.map(evidence).join('\n'));
    const supported = claim.citations.length > 0 && union.supported;
    sentences.push({ text: claim.text, citations: claim.citations, support: Number(union.score.toFixed(3)), supported });
    for (const c of claim.citations) {
      pairs++;
      if (supportScore(claim.text, evidence(c)).supported) relevant++;
      else if (supported) {
        const rest = claim.citations.filter((o) => o !== c);
        if (!rest.length || !supportScore(claim.text, rest.map(evidence).join('\n')).supported) relevant++;
      }
    }
  }
  const recall = sentences.length ? sentences.filter((s) => s.supported).length / sentences.length : 1;
  const precision = pairs ? relevant / pairs : sentences.length ? 0 : 1;
  return { sentences, verification: { citationRecall: round(recall), citationPrecision: round(precision) } };
}

function round(x: number): number {
  return Number(x.toFixed(3));
}
