/** The fixed answer when the thesis does not answer a question; it carries no citations. */
export const ABSTAIN_TEXT = 'The thesis does not address this question.';

const ABSTAIN_PATTERNS = [
  /\b(thesis|passages?|sources?|context|excerpts?)\b[^.]{0,40}\b(does|do) not (address|answer|cover|discuss|mention|contain|say)/i,
  /\bnot (addressed|covered|answered|mentioned) (in|by) the (thesis|passages?)/i,
  /\b(cannot|can't|unable to) (answer|find|determine)\b/i,
  /\bno (information|answer|mention)\b/i,
];

/** True when model output says it cannot answer (models word this in many ways). */
export function looksLikeAbstention(text: string): boolean {
  return text.trim() === ABSTAIN_TEXT || ABSTAIN_PATTERNS.some((p) => p.test(text));
}
