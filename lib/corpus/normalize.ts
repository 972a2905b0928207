import { stripMarkers } from './superscript';

/** The only change made to display text: markdown-escaped dollars (`\$`) become `$`. */
export function cleanDisplayText(text: string): string {
  return text.replace(/\\\$/g, '$');
}

/** Curly single/double quotes (and primes) → straight ASCII quotes. */
export function straightenQuotes(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

/**
 * Text used for search: footnote markers, markdown emphasis (`*`), backslash escapes and inline HTML
 * tags removed, URL angle brackets dropped, quotes straightened, whitespace collapsed. Case is kept.
 */
export function normalizeSearchText(text: string): string {
  let s = text.replace(/\\([\\`*_{}[\]()#+\-.!$<>|"'~&])/g, '$1');
  s = s.replace(/<\/?(?:i|b|em|strong|p|br|sup|sub|u)\s*\/?>/gi, ' ');
  s = s.replace(/<((?:https?|ftp):\/\/[^>\s]+)>/g, '$1');
  s = s.replace(/\*+/g, '');
  s = stripMarkers(s);
  s = straightenQuotes(s);
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Canonical form for comparing a quoted span with corpus text (used by the eval):
 * `\$`→`$`, `*` dropped, quotes straightened, superscript digits (not subscripts) stripped,
 * whitespace collapsed, lowercased.
 */
export function normalizeForMatch(text: string): string {
  let s = text.replace(/\\\$/g, '$').replace(/\*/g, '');
  s = stripMarkers(straightenQuotes(s));
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}
