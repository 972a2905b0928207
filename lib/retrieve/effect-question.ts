import { terms } from './tokenize';

/**
 * "How did the Korean War affect relations?", "What impact did 9/11 have on cooperation?": a
 * question asking what something led to. Its "affect" or "impact" says that a consequence is
 * asked for; the thesis seldom states one in that word ("likely generating bad historical
 * relationships"), and the sentences that use it ("affected by climate change") are about
 * something else. So those words are framing, not words to match.
 */
const EFFECT_QUESTION =
  /^\s*(?:how (?:did|does|has|have|do|would)\b[^?]*?\b(?:affect|influence|shape|change)d?\b|what (?:was |were )?(?:the )?(?:impact|effect|influence|result|consequence)s?\b)/i;

export const EFFECT_TERMS = new Set(
  terms('affect affects affected effect effects impact impacts impacted influence influenced influences shape shaped change changed result results consequence consequences'),
);

/** Weight left to the consequence words of an effect question in the lexical query. */
export const EFFECT_WEIGHT = 0.2;

/** "How did the 2016 peace deal … affect cooperation?": what the effect is of ("the 2016 peace deal …"). */
const CAUSE = /^\s*how (?:did|does|has|have|do|would)\s+(.+?)\s+(?:affect|influence|shape|change)d?\b|^\s*what (?:was |were )?(?:the )?(?:impact|effect|influence|result|consequence)s? (?:did|does|do|has|had|of)\s+(.+?)(?:\s+(?:have|had|on)\b|\?|$)/i;

export function effectCause(question: string): string | null {
  const m = CAUSE.exec(question);
  return m ? (m[1] ?? m[2]).trim() : null;
}

export function asksEffect(question: string): boolean {
  return EFFECT_QUESTION.test(question);
}
