import type { CorpusRecord } from '../types';
import { splitSentences, type SentenceSpan } from './sentences';
import { supportScore, termSet } from './support';

const WHOLE_RECORD_CHARS = 320;

function overlap(claim: string, span: SentenceSpan): number {
  const forward = supportScore(claim, span.text).score;
  const claimTerms = termSet(claim);
  const spanTerms = [...termSet(span.text)];
  const backward = spanTerms.length ? spanTerms.filter((t) => claimTerms.has(t)).length / spanTerms.length : 0;
  return forward + 0.25 * backward;
}

/**
 * The verbatim quote from a cited record that best supports the answer sentences citing it:
 * the best-matching sentence for each claim, widened to one contiguous span when those
 * sentences are close together. Short footnote, bibliography and table records are quoted whole.
 */
export function pickQuote(record: CorpusRecord, claims: string[]): string {
  const text = record.text.trim();
  if (record.kind !== 'passage' && record.kind !== 'abstract' && text.length <= WHOLE_RECORD_CHARS) return text;
  const spans = splitSentences(record.text);
  if (spans.length === 0) return text;
  const best = new Set<number>();
  for (const claim of claims) {
    let top = 0;
    let topScore = -1;
    spans.forEach((s, i) => {
      const v = overlap(claim, s);
      if (v > topScore) [top, topScore] = [i, v];
    });
    best.add(top);
  }
  const idx = [...best].sort((a, b) => a - b);
  const first = idx[0];
  const last = idx[idx.length - 1] - first <= 2 ? idx[idx.length - 1] : first;
  return record.text.slice(spans[first].start, spans[last].end);
}
