import { contains, type QuestionTerm } from '../../retrieve/question-terms';
import { POLAR } from './counter-evidence';
import { YEAR_TERM } from './score';

/** "… in January 1952, right?", "…, correct?": a statement put up to be confirmed. */
const TAG = /,?\s*(?:right|correct|true|yes|no|is(?:n['’]t| not) (?:it|that (?:right|so))|was(?:n['’]t| not) it|did(?:n['’]t| not) (?:it|they|he|she)|am i right)\s*\?+\s*$/i;

/**
 * Whether the question puts up a claim to be checked ("Is it true that Congress capped U.S.
 * personnel in Colombia at 1,000?", "The battalion got its medal in January 1952, right?"): the
 * thesis answers it by stating the fact, whether it confirms the claimed figure or corrects it.
 */
export function checksClaim(question: string): boolean {
  return POLAR.test(question) || TAG.test(question);
}

const FIGURE_TERM = /^\d[\d.]*$/;
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/;
const FIGURE = /\d/;

/**
 * The figures and years a claim check states that the answer's window does not: they are what is
 * checked, not what the answer must repeat ("800", not "1,000", answers "capped … at 1,000?").
 */
export function claimedValues(question: string, q: QuestionTerm[], window: Set<string>): QuestionTerm[] {
  if (!checksClaim(question)) return [];
  return q.filter((t) => t.own && t.anchor && FIGURE_TERM.test(t.term) && !contains(window, t));
}

/** Whether the answer states a value of the kind each claimed one is (a year for a year, a figure for a figure), to confirm or correct it. */
export function statesClaimedKind(claimed: QuestionTerm[], texts: string[]): boolean {
  return claimed.every((t) => texts.some((x) => (YEAR_TERM.test(t.term) ? YEAR : FIGURE).test(x)));
}
