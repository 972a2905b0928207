import { findAliases } from '../../retrieve/aliases';
import { terms } from '../../retrieve/tokenize';
import type { Scored } from './score';

/** "How did the admiral characterize Bogotá in his testimony?": who portrays, and what (up to "in", "as", a comma). */
const PORTRAYS =
  /\bhow (?:did|does|do|would) (.+?) (?:characteri[sz]e|describe|portray|depict|call|label|sum up|view|see|regard)\s+(.+?)(?=\s+(?:as|in|during|when|at|to|before|after|for|while)\b|[?,;]|$)/i;

/** The terms of what a "How did X characterize Y?" question asks to have portrayed (Y, with what its aliases stand for), or null. */
export function portrayedTerms(question: string): string[] | null {
  const m = PORTRAYS.exec(question);
  if (!m) return null;
  const object = m[2];
  const expanded = [object, ...findAliases(object).map((a) => a.expansion)].join(' ');
  const out = terms(expanded);
  return out.length ? out : null;
}

/** A quotation, or a description given with "is"/"as": how someone portrays something. */
const PORTRAYING = /[“"]|\b(?:is|as|was|called|described)\b/;

/**
 * The sentence to lead with for "How did X characterize Y?" when the best one never names Y (the
 * testimony's date and occasion): one naming Y in a quotation or a description ("According to
 * Admiral Tidd, Colombia … is “a strategic ally, friend, and preeminent partner”"), scoring at
 * least `share` of the best.
 */
export function portrayalLead(scored: Scored[], question: string, share: number): Scored | undefined {
  const top = scored[0];
  const asked = portrayedTerms(question);
  if (!top || !asked) return undefined;
  const names = (s: Scored) => asked.some((t) => s.c.terms.has(t));
  if (names(top)) return undefined;
  return scored.find((s) => s.score >= share * top.score && names(s) && PORTRAYING.test(s.c.text));
}
