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

/**
 * "Why was the School of the Americas given a new name in 2001?": the best sentence states the
 * renaming and gives no reason, and the only reason picked comes from another record ("… because
 * Colombia wanted …" about something else). That is no answer to why.
 */
export function reasonOnlyElsewhere(best: Scored, picks: Scored[]): boolean {
  if (best.fit === 1) return false;
  const reasons = picks.filter((p) => p !== best && p.fit === 1);
  return reasons.length > 0 && reasons.every((p) => p.c.passage !== best.c.passage);
}
