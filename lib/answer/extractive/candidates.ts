import { splitSentences } from '../../cite/sentences';
import type { NumberedPassage } from '../../cite/types';
import { terms } from '../../retrieve/tokenize';
import { answerText } from './clean-text';

/** One sentence of a retrieved passage, as the extractive answerer sees it. */
export interface Candidate {
  /** Passage number (1-based, as in the prompt). */
  passage: number;
  /** Index of the sentence inside its record. */
  index: number;
  /** Verbatim display text. */
  raw: string;
  /** Answer text: markers and markdown removed. */
  text: string;
  terms: Set<string>;
  /** Terms of this sentence and its neighbours in the record. */
  windowTerms: Set<string>;
  /** Terms of the whole record, its section title and its footnotes' texts. */
  recordTerms: Set<string>;
}

const MIN_WORDS = 4;

export function sentenceCandidates(passages: NumberedPassage[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of passages) {
    const spans = splitSentences(p.record.text);
    const texts = spans.map((s) => answerText(s.text));
    const termSets = texts.map((t) => new Set(terms(t)));
    const recordTerms = new Set([...termSets.flatMap((s) => [...s]), ...terms(p.record.sectionTitle ?? '')]);
    spans.forEach((span, i) => {
      if (texts[i].split(' ').length < MIN_WORDS) return;
      const windowTerms = new Set([...(termSets[i - 1] ?? []), ...termSets[i], ...(termSets[i + 1] ?? [])]);
      out.push({ passage: p.n, index: i, raw: span.text, text: texts[i], terms: termSets[i], windowTerms, recordTerms });
    });
  }
  return out;
}
