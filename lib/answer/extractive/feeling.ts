import { ASKS_GRIEVANCE, UPSET_WHOM } from '../../retrieve/analyze-query';
import { terms } from '../../retrieve/tokenize';
import { hasTerm, sameWord } from '../../retrieve/question-terms';

/**
 * "Why was Mexico annoyed when NORTHCOM was set up?": a why-question about a feeling is answered by
 * the sentence telling of that feeling ("Mexico did not like …", "This creation would upset the
 * Mexican government because …"), which rarely uses the question's word for it.
 */
const ASKS_FEELING =
  /^\s*why\b[^?]*\b(?:annoyed|angry|angered|upset|unhappy|displeased|frustrated|offended|resent\w*|distrust\w*|mistrust\w*|suspicious|wary|reluctant|hesitant|dislike[ds]?|hate[ds]?|afraid|worried|nervous|uneasy|bothered|mad|furious|irritated|insulted|bitter|skeptical|touchy|resist\w*|oppos\w*|object(?:ed|s)?|protest\w*)\b/i;

/** Words telling of a feeling or a stance against something. */
const TELLS_FEELING =
  /\b(?:upset\w*|ang(?:er|ered|ry)|annoy\w*|resent\w*|distrust\w*|mistrust\w*|(?:little|no|lack of) trust|did not (?:like|trust|want)|disliked?|hated?|opposed?|opposition|object(?:ed|ions?)|protest\w*|frustrat\w*|suspicio\w*|fear(?:ed|s)?|worr(?:y|ied)|concern(?:ed|s)?|critici\w*|offend\w*|insult\w*|displeas\w*|reluctan\w*|refus\w*|hostil\w*|animosity|tensions?|skeptic\w*|wary|humiliat\w*|sensitiv\w*|push(?:ed)? back|backlash|felt)\b/i;

export function asksFeeling(question: string): boolean {
  return ASKS_FEELING.test(question) || ASKS_GRIEVANCE.test(question);
}

export function tellsFeeling(text: string): boolean {
  return TELLS_FEELING.test(text);
}

/** "Why was Mexico unhappy …", "Why did many Colombians object …": the words naming who felt it. */
const FEELER = /^\s*why (?:was|were|did|is|are|do|does|would|had|has|have) (.{2,60}?) (?:so |very |really |initially |at first )?(?=(?:annoyed|angry|angered|upset|unhappy|displeased|frustrated|offended|resent|distrust|mistrust|suspicious|wary|reluctant|hesitant|dislike|hate|afraid|worried|nervous|uneasy|bothered|mad|furious|irritated|insulted|bitter|skeptical|touchy|resist|oppos|object|protest|feel|get|become|grow)\w*\b)/i;
const GRIEVANCE_OF = /^\s*what (?:was|were|is|are) (.{2,60}?)(?:['’]s?)? (?:gripes?|complaints?|grievances?|beefs?|objections?|quarrels?)\b/i;

/** Content terms of whoever the question says felt it ("mexico", "colombian"), or none. */
export function feelerTerms(question: string): string[] {
  const m = FEELER.exec(question) ?? GRIEVANCE_OF.exec(question) ?? UPSET_WHOM.exec(question);
  return m ? terms(m[1]).filter((t) => !/^(?:many|some|most|several|few|lot)$/.test(t)) : [];
}

/**
 * "Mexico did not like …", "Many Colombian citizens felt …": the feeler tells the feeling, named in
 * the three words before it, not one met with it ("… in Colombia faced mounting criticism").
 */
export function feelerFeels(text: string, feeler: string[]): boolean {
  const feelingAt = text.search(TELLS_FEELING);
  if (feelingAt < 0 || feeler.length === 0) return false;
  const words = text.slice(0, feelingAt).trim().split(/\s+/).slice(-3);
  if (words.some((w) => /^(?:faced?|facing|received|drew|drawn|met|sparked|caused|triggered|attracted|amid|from|despite)$/i.test(w))) return false;
  return terms(words.join(' ')).some((b) => feeler.some((f) => sameWord(b, f)));
}

/**
 * How well a sentence answers a feeling why-question: the feeler telling the feeling answers it
 * ("Mexico did not like … without input"); a reason about someone else ("In response to 9/11, the
 * United States established NORTHCOM") does not, so the feeling sentence is looked for beside it.
 */
export function feelingFit(c: { text: string; terms: Set<string> }, feeler: string[], reasonFit: () => number): number {
  if (feelerFeels(c.text, feeler)) return 1;
  if (feeler.length && !feeler.some((t) => hasTerm(c.terms, t))) return 0;
  return reasonFit();
}
