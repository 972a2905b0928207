import type { NumberedPassage } from '../../cite/types';
import type { QuestionType } from '../../retrieve/analyze-query';
import type { Scored } from './score';
import { contains, type QuestionTerm } from '../../retrieve/question-terms';
import { typeIsStrict } from './type-cues';
import { rivalSentences, sameSentence, type FigureRivals } from './figure-rivals';
import { periodAsk, ratesPeriod } from './period-rows';
import { otherCaseStudy } from './case-study';
import { membersNamed, type MemberAsk } from './category-members';
import { endsAtYear, statesDuration } from './detail-evidence';

/**
 * Sentences that join an answer beside the ones chosen for it, so that where the thesis says two
 * things it shows both: another value of a figure, the tables' rows for a period, another theory,
 * another person or date from elsewhere.
 */

/** Share of the score of the sentence giving a date, figure or person from which one from another passage joins it. */
export const RIVAL_SHARE = 0.75;

/** Rival values that may join an answer beyond its usual length (Plan Colombia's total has two besides any one). */
const RIVAL_ROOM = 2;

/**
 * The thesis sometimes states one figure twice with different values (Plan Colombia: $1.3 billion,
 * almost $8 billion, $10 billion). When a chosen sentence states such a figure, the retrieved
 * sentences giving the other values join the answer, so it never shows one side as settled.
 */
export function addFigureRivals(picks: Scored[], scored: Scored[], passages: NumberedPassage[], rivals: FigureRivals, max: number): void {
  const ids = new Map(passages.map((p) => [p.n, p.record.id]));
  const recordOf = (s: Scored) => ids.get(s.c.passage);
  // Every other value counts, however many neighbours the answer already has: one value left out would look settled.
  const limit = Math.max(max, picks.length + RIVAL_ROOM);
  for (const pick of [...picks]) {
    const id = recordOf(pick);
    if (!id) continue;
    for (const rival of rivalSentences(rivals, id, pick.c.text)) {
      if (picks.length >= limit) return;
      const s = scored.find((c) => !picks.includes(c) && recordOf(c) === rival.recordId && sameSentence(c.c.text, rival.sentence));
      if (s) picks.push(s);
    }
  }
}

/**
 * A question about one period of one case study gets the tables' rows for it beside the prose
 * ("did not happen" and "Cooperation: Med"), so the answer shows where the thesis disagrees with itself.
 */
export function addPeriodRows(picks: Scored[], scored: Scored[], question: string, max: number): void {
  const ask = periodAsk(question);
  if (!ask) return;
  for (const s of scored) {
    if (picks.length >= max) return;
    if (picks.includes(s) || (s.c.kind !== 'table-row' && s.c.kind !== 'table') || !s.c.tableTitle) continue;
    const row = s.c.text.slice(s.c.text.indexOf(' — ') + 3);
    if (ratesPeriod(ask, s.c.tableTitle, row) && !picks.some((p) => p.c.text === s.c.text)) picks.push(s);
  }
}

/** Share of the best score from which a sentence naming another member of the asked kind joins the answer. */
const OTHER_MEMBER_SHARE = 0.6;

/**
 * "Which theory best explains …": where the thesis names one theory in one place and another
 * elsewhere ("realism best explains …", "liberal theory describes the main reason …"), the answer
 * shows each, rather than settling on whichever scored first.
 */
export function addOtherMembers(picks: Scored[], scored: Scored[], ask: MemberAsk, question: string, max: number): void {
  const best = picks[0];
  const named = new Set(ask.members.filter((m) => picks.some((p) => membersNamed(p.c.terms, [m]) > 0)));
  for (const s of scored) {
    if (picks.length >= max || s.score < OTHER_MEMBER_SHARE * best.score) return;
    if (s.fit !== 1 || picks.includes(s) || otherCaseStudy(question, s.c.terms)) continue;
    const fresh = ask.members.filter((m) => !named.has(m) && membersNamed(s.c.terms, [m]) > 0);
    if (!fresh.length) continue;
    picks.push(s);
    fresh.forEach((m) => named.add(m));
  }
}

/**
 * When the best sentence sets the scene and a neighbour gives the date, figure or person ("General
 * Sullivan would meet with … General Antonio Riviello"), a sentence from another passage giving one
 * nearly as well joins them ("… like U.S. General Gordon Sullivan and Mexican General Enrique
 * Cervantes"): sources differ. Added after confidence is set, so it never makes an answer surer.
 */
export function addEvidenceRival(picks: Scored[], scored: Scored[], type: QuestionType, question: string, q: QuestionTerm[], max: number): void {
  const best = picks[0];
  if (picks.length >= max || best.fit === 1 || !(typeIsStrict(type) || type === 'who')) return;
  const evidence = picks.find((p) => p !== best && p.fit === 1);
  if (!evidence) return;
  // Of the same event: a passage that never names a place, person or year the evidence's passage names ("Korea") tells of another.
  const anchors = q.filter((t) => t.anchor && contains(evidence.c.passageTerms ?? evidence.c.window.terms, t));
  const rival = scored.find(
    (s) =>
      s.fit === 1 &&
      s.c.kind !== 'footnote' &&
      s.c.passage !== best.c.passage &&
      s.score >= RIVAL_SHARE * evidence.score &&
      !picks.includes(s) &&
      !otherCaseStudy(question, s.c.terms) &&
      anchors.every((t) => contains(s.c.passageTerms ?? s.c.window.terms, t)),
  );
  if (rival) picks.push(rival);
}

/** Sentences read back from one that ends a stretch of time for the one that starts it. */
const START_REACH = 3;

/**
 * "How long did Pershing stay?": a chosen sentence giving only the end ("These punitive actions
 * lasted until 1917") is joined by the nearest sentence before it, in its passage, giving an
 * earlier year ("In 1916, Army General Pershing crossed …"), so the answer states the duration.
 */
export function addDurationStart(picks: Scored[], scored: Scored[]): void {
  if (statesDuration(picks.map((p) => p.c.text))) return;
  for (const end of picks.filter((p) => endsAtYear(p.c.text))) {
    for (let d = 1; d <= START_REACH; d++) {
      const s = scored.find((c) => c.c.passage === end.c.passage && c.c.index === end.c.index - d);
      if (s && statesDuration([s.c.text, end.c.text])) {
        if (!picks.includes(s)) picks.push(s);
        return;
      }
    }
  }
}

/**
 * "Does the thesis say realism or liberalism best explains …?": where the thesis says one in one
 * place and the other in another, the answer shows both. For an option no chosen sentence names
 * alone, the best sentence naming it and not the other joins (from half the best score).
 */
export function addOptionStatements(picks: Scored[], scored: Scored[], options: [string, string], max: number): void {
  const best = picks[0];
  for (const [option, other] of [options, [options[1], options[0]]]) {
    const alone = (s: Scored) => membersNamed(s.c.terms, [option]) > 0 && membersNamed(s.c.terms, [other]) === 0;
    if (picks.length >= max || picks.some(alone)) continue;
    const statement = scored.find((s) => s.score >= OPTION_SHARE * best.score && alone(s));
    if (statement) picks.push(statement);
  }
}

/** Share of the best score from which a sentence naming an option alone joins. */
const OPTION_SHARE = 0.5;

