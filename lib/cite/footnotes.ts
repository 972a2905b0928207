import type { CorpusRecord } from '../types';
import { footnoteSource, type CorpusIndex } from './corpus-index';
import { shortSource } from './label';
import type { CitedFootnote } from './types';

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
const RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** Footnote numbers written as superscript markers in display text, in order. */
export function superscriptMarkers(text: string): number[] {
  return [...text.matchAll(RUN)].map((m) => Number([...m[0]].map((c) => SUPERSCRIPT_DIGITS[c]).join('')));
}

/** Removes superscript footnote markers (for answer text, where [n] markers are the citations). */
export function stripSuperscripts(text: string): string {
  return text.replace(RUN, '');
}

function resolve(index: CorpusIndex, n: number, inQuote: boolean): CitedFootnote | null {
  const fn = index.footnotes.get(n);
  if (!fn) return null;
  const entry = footnoteSource(index, fn);
  return {
    n,
    text: fn.text,
    pages: fn.pages,
    inQuote,
    source: entry ? { id: entry.id, text: entry.text, url: entry.url, short: shortSource(entry) } : null,
  };
}

function ownFootnoteNumber(record: CorpusRecord): number | null {
  const m = /:fn:(\d+)$/.exec(record.id);
  return m ? Number(m[1]) : (record.footnotes[0] ?? null);
}

/**
 * The thesis footnotes on a quote: the markers inside it; failing that, the next marker after it
 * in the same record (a footnote at the end of a run of sentences covers them). A footnote
 * record cites itself.
 */
export function footnotesForQuote(record: CorpusRecord, quote: string, index: CorpusIndex): CitedFootnote[] {
  if (record.kind === 'footnote') {
    const n = ownFootnoteNumber(record);
    const own = n === null ? null : resolve(index, n, true);
    return own ? [own] : [];
  }
  if (record.kind === 'table' || record.kind === 'table-row') {
    // The table's note (marker on its title) is the source of every row.
    return record.footnotes.map((n) => resolve(index, n, false)).filter((f): f is CitedFootnote => f !== null);
  }
  const allowed = (n: number) => record.footnotes.length === 0 || record.footnotes.includes(n);
  const inside = [...new Set(superscriptMarkers(quote))].filter(allowed);
  if (inside.length) return inside.map((n) => resolve(index, n, true)).filter((f): f is CitedFootnote => f !== null);
  const at = record.text.indexOf(quote);
  if (at < 0) return [];
  const next = superscriptMarkers(record.text.slice(at + quote.length)).find(allowed);
  const following = next === undefined ? null : resolve(index, next, false);
  return following ? [following] : [];
}
