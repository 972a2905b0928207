import { terms } from './tokenize';

const QUESTION_WORD = String.raw`(?:which|who|whom|whose|what|when|where|how|why|did|does|do|is|was|were|are|can|could|has|have|had)\b`;

/** A tag that makes a statement a claim to check: "…, wasn't it?", "…, right?". */
const TAG = String.raw`,?\s*(?:(?:is|was|were|are|did|does|do|has|have|had|could|would|can|will)n['’]t\s+(?:it|he|she|they|there|that|we)|right|correct|true|no)\s*\?`;

/** A statement, then the question: "The school has been at Fort Bragg since 1984 — when did it get renamed?" */
const PREMISE = new RegExp(String.raw`^(.{3,300}?)(?:[.!]\s+|\s+[—–]\s*|\s*--\s*|${TAG}\s+)(?=${QUESTION_WORD})`, 'i');

/**
 * The statement a question opens with before asking ("The Colombian Battalion was attached to a
 * British division, wasn't it? How did it perform?"), or null. What it claims may be wrong; the
 * answer corrects it with what the thesis says, so a name only it uses is no sign that the
 * question is about something the thesis never discusses.
 */
export function premiseOf(question: string): string | null {
  const m = PREMISE.exec(question.trim());
  if (!m || new RegExp(`^\\s*${QUESTION_WORD}`, 'i').test(m[1])) return null;
  return m[1];
}

/** The terms only the premise uses, not the question after it. */
export function premiseOnlyTerms(question: string): Set<string> {
  const premise = premiseOf(question);
  if (!premise) return new Set();
  const asked = new Set(terms(question.trim().slice(premise.length)));
  return new Set(terms(premise).filter((t) => !asked.has(t)));
}
