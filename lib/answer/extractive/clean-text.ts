/** Display text → answer text: footnote superscripts, markdown emphasis and escapes removed, tables made readable. */
export function answerText(text: string): string {
  return text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\\([$*_[\]()#.!-])/g, '$1')
    .replace(/<\/?(?:i|b|em|strong|p|br|sup|sub|u)\s*\/?>/gi, ' ')
    .replace(/<((?:https?|ftp):\/\/[^>\s]+)>/g, '$1')
    .replace(/(^|[^*])\*{1,2}([^*\n]+)\*{1,2}/g, '$1$2')
    .replace(/\t+/g, ' | ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LEADING_CONNECTIVE =
  /^(However|Additionally|In addition|Furthermore|Moreover|Therefore|Thus|Finally|Also|Likewise|Consequently|Nevertheless|Instead|Similarly|Overall),\s+/;

/** Drops a leading connective ("However, ...") that only makes sense inside the original paragraph. */
export function trimConnective(sentence: string): string {
  const m = LEADING_CONNECTIVE.exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Whether a sentence asks rather than states ("What explains the variation …?"). */
export function isQuestion(text: string): boolean {
  return /\?["”’]?$/.test(text);
}
