import { contains, type QuestionTerm } from '../../retrieve/question-terms';
import type { Scored } from './score';

/** A name of two or more capitalised words ("U.S.-Mexico Bilateral Working Group", "Plan Colombia"). */
const MULTIWORD_NAME = /(?<![\p{L}])\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}.'’-]*)+/gu;

const MIN_NAME_WORDS = 3;

/** Words that open a sentence in capitals without being part of a name. */
const OPENING = /^(?:In|On|At|By|For|From|During|After|Before|The|This|These|That|Those|It|Its|A|An|When|While|Since|However|Although)\s+/;

/** The multiword names a sentence uses, as written (its opening word left out). */
export function multiwordNames(text: string): string[] {
  return [...text.matchAll(MULTIWORD_NAME)].map((m) => m[0].replace(OPENING, '').replace(/[.’']+$/, '')).filter((n) => /\s/.test(n));
}

/**
 * Whether another retrieved sentence links a name the question gives to the thing the answer is
 * about: "the working group that grew out of Perry's trip" is answered by "In 2000, the U.S.-Mexico
 * Bilateral Working Group held its last meeting", whose passage never names Perry, because another
 * passage says "This meeting [Perry's visit] … led to a U.S.-Mexico Bilateral Working Group". The
 * linking sentence, read with its neighbours, has the question's name, and itself names a
 * multiword name that an answer sentence names too.
 */
export function bridgesName(t: QuestionTerm, picks: Scored[], candidates: Scored[]): boolean {
  // Three words at least: "United States" and "Mexico City" are everywhere and link nothing.
  const names = new Set(picks.flatMap((p) => multiwordNames(p.c.text)).filter((n) => n.split(/\s+/).length >= MIN_NAME_WORDS).map((n) => n.toLowerCase()));
  if (names.size === 0) return false;
  return candidates.some((c) => !picks.includes(c) && contains(c.c.window.terms, t) && multiwordNames(c.c.text).some((n) => names.has(n.toLowerCase())));
}
