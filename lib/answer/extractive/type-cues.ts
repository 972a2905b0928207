import type { QuestionType } from '../../retrieve/analyze-query';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = /\b(1[5-9]\d\d|20\d\d)s?\b/;
const DATE = new RegExp(`${YEAR.source}|\\b${MONTH}\\b`);
const NUMBER_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|twice|percent)\b/i;
const FIGURE = /(\$\s?\d|\d[\d,.]*\s?(%|percent|million|billion|thousand)|\b\d{1,3}(,\d{3})+\b|\b\d+(\.\d+)?\b)/;
const TITLE =
  /\b(General|Admiral|President|Secretary|Senator|Colonel|Lieutenant|Captain|Commander|Ambassador|Minister|Gen\.|Adm\.|Lt\.|Col\.|Dr\.)\s+(of\s+\w+\s+)?[A-Z]/;
const PERSON = /(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]{2,}\b/;
const REASON =
  /\b(because|due to|since|as a result|in order to|so that|led to|leading to|reason|caused|result of|driven by|out of concern|fear(ed)? that|given that|therefore|in response to|to (defend|protect|combat|keep|avoid|prevent))\b/i;
const PLACE = /\b(in|at|to|near|from|into|aboard|located)\s+(the\s+)?[A-Z][a-z]+/;

/** Figures other than years: "18 months", "$134 million", "eight", "80%". */
export function hasFigure(text: string): boolean {
  const withoutYears = text.replace(new RegExp(YEAR.source, 'g'), ' ');
  return FIGURE.test(withoutYears) || NUMBER_WORD.test(withoutYears);
}

/** How well a sentence offers what the question type asks for (0..1): a date for when, a figure for how many, ... */
export function typeFit(type: QuestionType, text: string): number {
  switch (type) {
    case 'when':
      return DATE.test(text) ? 1 : 0;
    case 'how-many':
      return hasFigure(text) ? 1 : 0;
    case 'who':
      return TITLE.test(text) ? 1 : PERSON.test(text) ? 0.7 : 0;
    case 'why':
      return REASON.test(text) ? 1 : 0;
    case 'where':
      return PLACE.test(text) ? 1 : 0;
    default:
      return 0.5;
  }
}

/** Whether the question type needs a specific kind of evidence (and so a sentence without it answers poorly). */
export function typeIsStrict(type: QuestionType): boolean {
  return type === 'when' || type === 'how-many';
}
