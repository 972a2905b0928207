import type { Citation } from '@/lib/cite/types';
import type { Store } from '@/lib/index/load-store';
import { searchRecords } from '@/lib/retrieve/search';
import type { RecordKind } from '@/lib/types';
import { bestSupport } from './best-support';
import { evidenceCitation } from './evidence';

export type Verdict = 'supported' | 'partly supported' | 'not found';

/**
 * Verdict thresholds on the best passage's support score (share of the claim's content terms, figures double, found
 * in one to three consecutive sentences). Calibrated on tests/tools/claim-check.test.ts: verbatim thesis sentences
 * score 1.0, close paraphrases 0.7–0.9, paraphrases with other words or one changed figure 0.45–0.7, unrelated or
 * invented claims under 0.45. A claim whose figures the passage lacks is at most partly supported.
 */
export const SUPPORTED_AT = 0.75;
export const PARTLY_AT = 0.45;

export interface ClaimEvidence {
  citation: Citation;
  /** Support of the claim by the quote (0..1). */
  support: number;
  missingNumbers: string[];
  /** Rank score of the search that found the record. */
  searchScore: number;
}

export interface ClaimCheck {
  claim: string;
  verdict: Verdict;
  /** The best evidence's support score. */
  score: number;
  evidence: ClaimEvidence[];
}

const EVIDENCE_KINDS: RecordKind[] = ['passage', 'abstract', 'table-row', 'source-passage'];

export function verdictFor(score: number, missingNumbers: readonly string[]): Verdict {
  if (score >= SUPPORTED_AT && missingNumbers.length === 0) return 'supported';
  return score >= PARTLY_AT ? 'partly supported' : 'not found';
}

/** Checks a claim against the thesis (and indexed source texts): the best supporting passages, their support, a verdict. */
export async function checkClaim(store: Store, claim: string, opts: { k?: number } = {}): Promise<ClaimCheck> {
  const text = claim.trim();
  const { hits } = await searchRecords(store, text, { k: 12, kinds: EVIDENCE_KINDS });
  const scored = hits
    .map((h) => ({ h, s: bestSupport(text, h.record) }))
    .sort((a, b) => b.s.score - a.s.score || b.h.score - a.h.score)
    .slice(0, opts.k ?? 3);
  const evidence = scored.map(({ h, s }, i) => ({
    citation: evidenceCitation(store.corpus, h.record, s.quote, i + 1),
    support: Number(s.score.toFixed(3)),
    missingNumbers: s.missingNumbers,
    searchScore: Number(h.score.toFixed(4)),
  }));
  const top = evidence[0];
  return { claim: text, verdict: top ? verdictFor(top.support, top.missingNumbers) : 'not found', score: top?.support ?? 0, evidence };
}
