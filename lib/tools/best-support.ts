import { supportScore } from '@/lib/cite/support';
import type { CorpusRecord } from '@/lib/types';
import { sentenceWindows } from './evidence';
import { numberWordsToDigits } from './number-words';

export interface BestSupport {
  /** Lexical support of the claim by the quote (0..1), from lib/cite's support score. */
  score: number;
  /** The verbatim span (1–3 sentences) of the record that supports the claim best. */
  quote: string;
  /** Figures of the claim the quote lacks. */
  missingNumbers: string[];
}

/**
 * The span of a record that best supports a claim: the highest support score over windows of one to three sentences,
 * the shortest window winning ties (adding a sentence must add support). Number words count as their digits ("six" = 6).
 */
export function bestSupport(claim: string, record: Pick<CorpusRecord, 'text'>): BestSupport {
  let best: BestSupport | null = null;
  const wanted = numberWordsToDigits(claim);
  for (const w of sentenceWindows(record.text)) {
    const s = supportScore(wanted, numberWordsToDigits(w.text));
    if (!best || s.score > best.score + 1e-9 || (Math.abs(s.score - best.score) <= 1e-9 && w.text.length < best.quote.length)) {
      best = { score: s.score, quote: w.text, missingNumbers: s.missingNumbers };
    }
  }
  return best ?? { score: 0, quote: '', missingNumbers: [] };
}
