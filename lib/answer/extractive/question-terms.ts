import type { QueryAnalysis } from '../../retrieve/analyze-query';
import { terms } from '../../retrieve/tokenize';

/** Words that frame a question rather than name what it is about. */
const FRAMING = new Set(
  terms(
    'many much year years date happen happened kind type role mean means exactly ' +
    'source sources cite cites cited citing citation author authors scholar claim claims idea reference references ' +
    'report reports reported support supports supported rely relies footnote work whose quote quoted name named ' +
    'table tables assign assigns rate rates mark marked level period periods describe describes',
  ),
);

export interface QuestionTerm {
  term: string;
  /** Importance: the question's own terms count fully, expansions and conversation context less; times idf. */
  weight: number;
  /** True for figures, years and the stems of capitalised names: things an answer must not miss. */
  anchor: boolean;
}

export function questionTerms(analysis: QueryAnalysis, idf: (term: string) => number): QuestionTerm[] {
  const anchors = new Set([
    ...analysis.years,
    ...analysis.numbers,
    ...analysis.names.flatMap((n) => terms(n)),
  ]);
  const out: QuestionTerm[] = [];
  for (const { term, weight } of analysis.terms) {
    if (FRAMING.has(term)) continue;
    out.push({ term, weight: weight * idf(term), anchor: weight >= 1 && anchors.has(term) });
  }
  return out;
}

/** Weighted share of question terms found in a set of terms (0..1). */
export function coverage(q: QuestionTerm[], have: Set<string>): number {
  let total = 0;
  let found = 0;
  for (const t of q) {
    total += t.weight;
    if (have.has(t.term)) found += t.weight;
  }
  return total > 0 ? found / total : 0;
}
