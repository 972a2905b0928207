import { contains, type QuestionTerm } from '../../retrieve/question-terms';
import { otherCaseStudy } from './case-study';
import { mainClause } from '../../retrieve/analyze-query';
import type { Scored } from './score';

/** "Does the Mérida Initiative provide military advisors?": a question answered yes or no. */
export const POLAR = /^\s*(does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\b/i;

/** Words that deny what a sentence would otherwise state. */
const NEGATION = /\b(not|never|no longer|cannot|neither|nor)\b|n['’]t\b/i;
/** Words that limit what a sentence states ("cannot garrison … unless congress approves"). */
const EXCEPTION = /\b(unless|except|only if|only when)\b/i;

/** Share of the best score from which a sentence saying otherwise joins the answer. */
const COUNTER_SHARE = 0.5;

/** Whether two sentences about one thing point different ways: one denies, or only one states an exception. */
export function saysOtherwise(a: string, b: string): boolean {
  return NEGATION.test(a) !== NEGATION.test(b) || EXCEPTION.test(a) !== EXCEPTION.test(b);
}

/**
 * A yes-or-no question where the thesis says both: the best sentence says the Mérida Initiative
 * provides "military advisors", another passage that it "does not specify U.S. military personnel
 * shall reside in Mexico". The best sentence from another passage that names everything the
 * question names and points the other way joins the answer, so the reader sees the disagreement.
 * Added after confidence is set, so it never makes an answer surer.
 */
export function addCounterEvidence(picks: Scored[], scored: Scored[], q: QuestionTerm[], question: string, max: number): void {
  const best = picks[0];
  if (!POLAR.test(question) || picks.length >= max) return;
  for (const s of scored) {
    if (s.score < COUNTER_SHARE * best.score) return;
    if (s.c.passage === best.c.passage || picks.includes(s) || !saysOtherwise(best.c.text, s.c.text) || otherCaseStudy(question, s.c.terms)) continue;
    if (!q.every((a) => !a.anchor || contains(s.c.window.terms, a) || (!!s.c.passageTerms && contains(s.c.passageTerms, a)))) continue;
    picks.push(s);
    return;
  }
}

/** A sentence opening by turning against what came before. */
const CONTRAST_OPENING = /^(?:However|But|Yet|Still|Nevertheless|Nonetheless|Instead)\b/;
/** How far on in the best sentence's passage the turn may come. */
const TURN_REACH = [1, 2, 3, 4];

/**
 * "After the 1991 capture of Pablo Escobar, did he stay in prison?": the best sentence tells the
 * capture; the passage goes on "However, shortly after his arrest, Escobar escaped from jail …",
 * which settles the yes or no. A sentence a little further on in the same passage that opens with
 * a turn and shares a word with the question joins the answer (after confidence is set).
 */
export function addContrastingTurn(picks: Scored[], scored: Scored[], question: string, max: number): void {
  const best = picks[0];
  if (!POLAR.test(mainClause(question)) || picks.length >= max) return;
  const turn = TURN_REACH.map((d) => scored.find((s) => s.c.passage === best.c.passage && s.c.index === best.c.index + d)).find(
    (s) => !!s && s.cov > 0 && CONTRAST_OPENING.test(s.c.raw.trim()),
  );
  if (turn && !picks.includes(turn)) picks.push(turn);
}
