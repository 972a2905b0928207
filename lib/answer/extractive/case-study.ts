import { terms } from '../../retrieve/tokenize';

/** Which of the thesis's two case-study countries a set of terms names: "m", "c", "mc" or "". */
export function caseStudies(t: Set<string>): string {
  return (t.has('mexico') || t.has('mexican') ? 'm' : '') + (t.has('colombia') || t.has('colombian') ? 'c' : '');
}

let lastQuestion = '';
let lastAsked = '';

/**
 * Whether a text (its terms, with its neighbours') speaks only of the other case study than the
 * one the question asks about: the thesis runs U.S.–Mexico and U.S.–Colombia side by side, with
 * parallel sections and tables, and a sentence about one does not answer a question about the other.
 */
export function otherCaseStudy(question: string, textTerms: Set<string>): boolean {
  if (question !== lastQuestion) [lastQuestion, lastAsked] = [question, caseStudies(new Set(terms(question)))];
  const told = caseStudies(textTerms);
  return lastAsked.length === 1 && told !== '' && !told.includes(lastAsked);
}
