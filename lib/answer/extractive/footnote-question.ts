import { markerNumbers } from '../../corpus/superscript';
import type { Candidate } from './candidates';

/** The footnote a question names: "What does footnote 35 say?", "Which source is in note 112?" → 35, 112. */
export function askedFootnote(question: string): number | null {
  const m = /\b(?:foot)?notes?\s+(?:no\.?\s*|number\s+|#\s*)?(\d{1,3})\b/i.exec(question);
  return m ? Number(m[1]) : null;
}

/** The sentence carrying the footnote's marker. */
export function footnoteLine(candidates: Candidate[], n: number): Candidate | null {
  return candidates.find((c) => markerNumbers(c.raw).includes(n)) ?? null;
}
