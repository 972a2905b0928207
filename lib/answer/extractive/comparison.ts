/**
 * "What is the difference between realism and liberalism?", "Plan Colombia vs. the Mérida
 * Initiative", "Compare realism and constructivism", "How does realism differ from liberalism?": a
 * question about two named things. Each is
 * looked up and answered on its own ("What is realism?"), and the answer sets the two side by side.
 */
const PATTERNS = [
  /\b(?:differences?|distinction|contrast) between (?:the )?(.+?) and (?:the )?(.+?)\s*\??\s*$/i,
  /^\s*(?:what about )?(?:the )?([^,?]+?)\s+(?:vs\.?|versus)\s+(?:the )?([^,?]+?)\s*\??\s*$/i,
  /^\s*compare (?:the )?(.+?) (?:and|with|to) (?:the )?(.+?)\s*[.?]?\s*$/i,
  // "How does realism differ from liberalism?", "How are realism and liberalism different?"
  /^\s*how (?:do|does|did) (?:the )?(.+?) differ (?:from|with) (?:the )?(.+?)\s*\??\s*$/i,
  /^\s*how (?:do|did) (?:the )?(.+?) and (?:the )?(.+?) differ\s*\??\s*$/i,
  /^\s*how (?:are|is|were|was) (?:the )?(.+?) and (?:the )?(.+?) different\s*\??\s*$/i,
];

/** The two things a comparison question names, as written; null for other questions. */
export function askedComparison(question: string): [string, string] | null {
  for (const re of PATTERNS) {
    const m = re.exec(question);
    const [a, b] = [m?.[1]?.trim(), m?.[2]?.trim()];
    // Two short names, not two clauses or a list ("Compare U.S. military cooperation with Colombia and Mexico").
    const name = (x: string | undefined) => !!x && x.split(/\s+/).length <= 5 && !/\b(?:and|with|to|how|why|what)\b/i.test(x);
    if (name(a) && name(b)) return [a!, b!];
  }
  return null;
}

/** The question each side is looked up and answered as. */
export function sideQuestion(side: string): string {
  return `What is ${side}?`;
}

/** Passages read for each side. */
export const SIDE_PASSAGES = 4;
