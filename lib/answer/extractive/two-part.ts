import { terms } from '../../retrieve/tokenize';
import type { WordSimilarity } from '../../retrieve/word-similarity';
import { SOFT_MATCH, type QuestionTerm } from '../../retrieve/question-terms';
import { namesSubject } from './constraints';
import type { Scored } from './score';
import { adjacentRecordId } from './candidates';

/** "…, and what aircraft does the school fly?": a second question joined to the first. */
const SECOND_ASK = /(?:,\s*|\?\s+|\s+)and\s+((?:what|which|who|whom|when|where|why|how)\b[^?]*\??)\s*$/i;

/** Words of the question that only frame it. */
const FRAME = new Set(terms('thesis author say says said according mention mentions give gives tell tells many much long often call called name named now today currently'));

/** A part counts as answered when the answer has this share of its own words. */
const ANSWERED_SHARE = 0.5;
/** Open words of the part a sentence must give to answer it. */
const MIN_GIVEN = 2;
/** How far from a sentence of the answer, in its passage, the other part's answer may be. */
const REACH = 3;

/** The two asks of "What did X lead to, and what were its subgroups supposed to focus on?", or null. */
export function questionParts(question: string): [string, string] | null {
  const m = SECOND_ASK.exec(question);
  if (!m || m.index < 10) return null;
  return [question.slice(0, m.index), m[1]];
}

/** A part's own words, as question terms with the surface word each was typed as. */
function partTerms(part: string): QuestionTerm[] {
  const surfaces = new Map(part.toLowerCase().split(/[^a-z0-9'’-]+/).filter(Boolean).map((w) => [terms(w)[0], w]));
  return [...new Set(terms(part))].filter((t) => !FRAME.has(t)).map((term) => ({ term, weight: 1, anchor: false, known: true, own: true, surface: surfaces.get(term) ?? null }));
}

/** Whether a sentence has the word (the United States for "U.S."), or with `sim` a close one ("helicopters" for "aircraft"). */
function has(s: Scored, t: QuestionTerm, sim?: WordSimilarity): boolean {
  if (namesSubject(s.c.terms, t)) return true;
  return !!sim && !!t.surface && [...s.c.words].some((w) => sim(t.surface!, w) >= SOFT_MATCH);
}

/**
 * A two-part question ("At the Melgar school, how many pilots are trained each year, and what
 * aircraft does the school fly?") whose answer so far leaves one part unsaid: the sentence near the
 * best one, in its passage, saying most of that part joins the answer. Added after confidence is
 * set, so it never makes an answer surer.
 */
export function addOtherPart(picks: Scored[], scored: Scored[], question: string, max: number, sim?: WordSimilarity): void {
  const parts = questionParts(question);
  const best = picks[0];
  if (!parts || !best || picks.length >= max) return;
  for (const part of parts) {
    if (picks.length >= max) return;
    const own = partTerms(part);
    // Said in the answer in its own words: a close word ("flight" for "fly") may be about something else.
    const said = (t: QuestionTerm) => picks.some((p) => has(p, t));
    if (own.length === 0 || own.filter(said).length >= ANSWERED_SHARE * own.length) continue;
    const open = own.filter((t) => !said(t));
    // The passage may go on in the next record ("… 24 international military pilots annually. The school operates 30 Bell OH-58 helicopters").
    const next = best.c.recordId ? adjacentRecordId(best.c.recordId, 1) : null;
    const near = scored.filter(
      (s) =>
        !picks.includes(s) &&
        (picks.some((p) => s.c.passage === p.c.passage && Math.abs(s.c.index - p.c.index) <= REACH) || (!!next && s.c.recordId === next && s.c.index < REACH)),
    );
    const gives = (s: Scored) => open.filter((t) => has(s, t, sim)).length;
    // One shared word is chance ("countries" in "exercises with countries like Colombia"): two, or all that is open.
    const enough = Math.min(MIN_GIVEN, open.length);
    const other = near.filter((s) => gives(s) >= enough).sort((a, b) => gives(b) - gives(a) || b.score - a.score)[0];
    if (other) picks.push(other);
  }
}
