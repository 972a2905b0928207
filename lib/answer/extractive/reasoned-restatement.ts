import { coverage, type QuestionTerm } from '../../retrieve/question-terms';
import { termBag } from '../../retrieve/sentence-bags';
import { contentWords } from '../../retrieve/tokenize';
import type { WordSimilarity } from '../../retrieve/word-similarity';
import type { Scored } from './score';

/** Share of the best score at which another sentence counts as telling the same event. */
export const RESTATEMENT_SHARE = 0.85;

/** Sentences after a statement that may still give its reason ("The reason for this is simple: …"). */
const REASON_REACH = [1, 2];

type At = (passage: number, index: number) => Scored | undefined;

const givesReason = (s: Scored | undefined): s is Scored => !!s && s.fit === 1 && s.cov > 0;

/**
 * "What is the reason behind Mexico's ban on foreign garrisons?": the best sentence states the ban
 * with no reason near it ("Second, the Mexican constitution … bans a garrison"); another passage
 * telling the same event nearly as well goes on to give it ("The reason for this is simple: …").
 * That telling leads, so the reason joins it in its own passage.
 */
export function reasonedRestatement(best: Scored, scored: Scored[], at: At): Scored | undefined {
  if (best.fit === 1) return undefined;
  const near = [-2, -1, ...REASON_REACH].some((d) => givesReason(at(best.c.passage, best.c.index + d)));
  if (near) return undefined;
  return scored.find(
    (s) =>
      s !== best &&
      s.fit < 1 &&
      s.c.passage !== best.c.passage &&
      s.score >= RESTATEMENT_SHARE * best.score &&
      REASON_REACH.some((d) => givesReason(at(s.c.passage, s.c.index + d))),
  );
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
/** A year in a sentence's opening words ("In 1999, Mexican military officials returned …"). */
const OPENING_YEAR = /^\W*(?:\S+\s+){0,3}?(?:early |late |mid-)?(1[89]\d\d|20\d\d)\b/;

/**
 * "In 1997, Secretary Perry left office …" followed by "In 1999, … returned the helicopters because
 * they were outdated": a sentence opening on a year after every year of the event tells a later
 * event, and its reason is that event's, not an answer to why the earlier one happened.
 */
export function tellsLaterEvent(reason: Scored, event: Scored): boolean {
  const opening = OPENING_YEAR.exec(reason.c.text)?.[1];
  const years = [...event.c.text.matchAll(YEAR)].map((m) => Number(m[1]));
  return !!opening && years.length > 0 && Number(opening) > Math.max(...years);
}

/**
 * "Why was the School of the Americas given a new name in 2001?": the best sentence states the
 * renaming and gives no reason, and the only reason picked comes from another record ("… because
 * Colombia wanted …" about something else) or tells a later event. That is no answer to why.
 */
export function reasonOnlyElsewhere(best: Scored, picks: Scored[]): boolean {
  if (best.fit === 1) return false;
  const reasons = picks.filter((p) => p !== best && p.fit === 1);
  return reasons.length > 0 && reasons.every((p) => p.c.passage !== best.c.passage || tellsLaterEvent(p, best));
}

/** "…, and the …": where a sentence's second clause begins. */
const CLAUSE_AND = /,?\s+and\s+(?=(?:the|a|an|its|their|his|her|this|these|those|both)\s)/i;
const LEADING_DATE = /^\W*(?:(?:In|By|During|After|Before|From|Since)\s+)?(?:early |late |mid-)?(?:\w+\s+)?(?:1[89]\d\d|20\d\d),?\s*/i;

/**
 * "Why did the relationship start to fade in 1997?" — "In 1997, Secretary Perry left office and
 * the military relationship … began to taper off": the question's event is the second clause, and
 * the first, sharing none of its words, is put beside it as its cause.
 */
export function juxtaposedCause(best: Scored, q: QuestionTerm[], sim?: WordSimilarity): boolean {
  const split = CLAUSE_AND.exec(best.c.text);
  if (!split) return false;
  const first = best.c.text.slice(0, split.index).replace(LEADING_DATE, '');
  const second = best.c.text.slice(split.index + split[0].length);
  const asked = q.filter((t) => !/^\d+$/.test(t.term));
  const before = coverage(asked, termBag(first), sim);
  const after = coverage(asked, termBag(second), sim);
  return contentWords(first).length >= 2 && after >= 0.3 && before <= after / 2;
}
