import { extractMarkers } from './markers';
import { splitSentences } from '../corpus/sentences';
import type { ClaimInput } from './verify';

/**
 * Splits renumbered answer text into sentences with the [n] markers each carries; markers right
 * after a sentence's final punctuation belong to that sentence. A marker-only fragment (a model
 * that puts markers on their own) is attached to the sentence before it.
 */
export function answerClaims(answer: string): ClaimInput[] {
  const out: ClaimInput[] = [];
  for (const span of splitSentences(answer)) {
    const { clean, citations } = extractMarkers(span.text);
    const isMarkdownNoise = !/[\p{L}\p{N}]/u.test(clean);
    if (isMarkdownNoise && out.length) {
      const prev = out[out.length - 1];
      for (const c of citations) if (!prev.citations.includes(c)) prev.citations.push(c);
      continue;
    }
    if (!clean) continue;
    out.push({ text: clean, citations });
  }
  return out;
}
