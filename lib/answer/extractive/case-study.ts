import { terms } from '../../retrieve/tokenize';

/** Which of the thesis's two case-study countries a set of terms names: "m", "c", "mc" or "". */
export function caseStudies(t: Set<string>): string {
  return (t.has('mexico') || t.has('mexican') ? 'm' : '') + (t.has('colombia') || t.has('colombian') ? 'c' : '');
}

let lastQuestion = '';
let lastAsked = '';

/** The case study a question asks about ("m", "c", "mc" or ""), kept for the next call: every candidate sentence is checked against one question. */
export function askedCaseStudy(question: string): string {
  if (question !== lastQuestion) [lastQuestion, lastAsked] = [question, caseStudies(new Set(terms(question)))];
  return lastAsked;
}

/**
 * Whether a text (its terms, with its neighbours') speaks only of the other case study than the
 * one the question asks about: the thesis runs U.S.–Mexico and U.S.–Colombia side by side, with
 * parallel sections and tables, and a sentence about one does not answer a question about the other.
 */
export function otherCaseStudy(question: string, textTerms: Set<string>): boolean {
  const asked = askedCaseStudy(question);
  const told = caseStudies(textTerms);
  return asked.length === 1 && told !== '' && !told.includes(asked);
}
