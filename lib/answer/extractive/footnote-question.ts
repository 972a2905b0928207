import { markerNumbers } from '../../corpus/superscript';
import type { Candidate } from './candidates';

export { askedFootnote } from '../../retrieve/named-footnote';

/** The sentence carrying the footnote's marker. */
export function footnoteLine(candidates: Candidate[], n: number): Candidate | null {
  return candidates.find((c) => markerNumbers(c.raw).includes(n)) ?? null;
}
