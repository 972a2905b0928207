import { stripMarkers } from './superscript';

/**
 * Rejoining paragraphs cut at a page break (with or without a footnote block in between).
 * A fragment continues the previous paragraph when the previous one is unfinished — it does not end
 * with terminal punctuation (trailing footnote markers, closing quotes and brackets ignored, so
 * `…drug trafficking.⁶` is complete) or it leaves a curly quotation open — or when the fragment
 * starts with a lowercase letter.
 */
export function endsSentence(text: string): boolean {
  const t = stripMarkers(text).trimEnd().replace(/["”’')\]*]+$/, '');
  return /[.!?]$/.test(t);
}

export function hasOpenQuotation(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  return opens > closes;
}

export function startsLowercase(text: string): boolean {
  return /^["“‘'*(]*[a-zà-þ]/.test(text.trimStart());
}

export function shouldJoin(previous: string, next: string): boolean {
  return !endsSentence(previous) || hasOpenQuotation(previous) || startsLowercase(next);
}

/** Joined text and the offset where `next` starts (the page break position). A word hyphenated at the break keeps its hyphen. */
export function joinFragments(previous: string, next: string): { text: string; breakAt: number } {
  const head = previous.trimEnd();
  const sep = /[A-Za-z]-$/.test(head) ? '' : ' ';
  return { text: head + sep + next.trimStart(), breakAt: head.length + sep.length };
}
