import { terms } from '../../retrieve/tokenize';
import { sentenceCandidates } from './candidates';
import type { NumberedPassage } from '../../cite/types';
import type { Plan } from './plan';

/** "What happened to Pablo Escobar after his 1991 capture?": who or what it asks about (group 1). */
const AFTER_EVENT = /^\s*what (?:happened|became of) (?:to )?(.+?),? (?:after|following|once|when)\b/i;

/** Words that carry on about someone the sentence before named. */
const PRONOUN = /^(?:he|she|it|they|his|her|its|their|him|them)$/i;

/** Words read for a pronoun at a sentence's start ("However, shortly after his arrest, …"). */
const PRONOUN_REACH = 8;

/** Who or what a "What happened to X after …?" question asks about, or null for any other question. */
export function askedAfterEvent(question: string): string | null {
  return AFTER_EVENT.exec(question)?.[1] ?? null;
}

/**
 * "What happened to Pablo Escobar after his 1991 capture?": the thesis tells what followed in the
 * sentence after the one telling of the event. The best sentence stays as the event; the next one
 * in its passage joins it when it is about the same person or thing (named, or a pronoun near its
 * start). A next sentence about something else ("In 1993, the U.S. Congress decided …") leaves the
 * plan as it was: the thesis does not say what became of them.
 */
export function withWhatFollowed(plan: Plan, question: string, passages: NumberedPassage[]): Plan {
  const subject = askedAfterEvent(question);
  const best = plan.best;
  if (!subject || plan.abstain || !best) return plan;
  const passage = passages.find((p) => p.n === best.c.passage);
  const next = passage && sentenceCandidates([passage]).find((c) => c.index === best.c.index + 1);
  if (!next) return plan;
  const named = terms(subject).filter((t) => t.length > 2);
  const opening = next.text.split(/\s+/).slice(0, PRONOUN_REACH).map((w) => w.replace(/[^\p{L}]/gu, ''));
  const about = named.some((t) => next.terms.has(t)) || opening.some((w) => PRONOUN.test(w));
  if (!about) return plan;
  const following = { c: next, score: best.score, cov: best.cov, windowCov: best.windowCov, fit: 1 };
  return { ...plan, picks: [best, following] };
}
