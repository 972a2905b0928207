import { isBlankPageMarker, splitBlocks } from './blocks';
import { isFootnoteDefLine, parseFootnoteDefs, type FootnoteDef } from './footnote-defs';
import { cleanDisplayText } from './normalize';
import { isTableCaption, isTableLine, parseTableBlock, type ParsedTable } from './tables';
import type { TocEntry } from './toc';

/** The thesis body (chapter I up to the List of References) as a sequence of typed elements. */
export type BodyElement =
  | { type: 'heading'; entry: TocEntry; line: number }
  | { type: 'text'; text: string; line: number }
  | { type: 'footnotes'; notes: FootnoteDef[]; line: number }
  | { type: 'table'; table: ParsedTable; line: number }
  | { type: 'blank'; line: number };

function headingKey(s: string): string {
  if (s.length > 200) return ''; // headings are short; skip body paragraphs cheaply
  return s.replace(/\*/g, '').replace(/\s+/g, ' ').replace(/[\s.:]+$/, '').trim().toUpperCase();
}

export function headingLine(entry: TocEntry): string {
  return entry.label ? `${entry.label}. ${entry.title}` : entry.title;
}

/** Index of the line that carries the heading of `entry`, searching from `from`; -1 when absent. */
export function findHeadingLine(lines: readonly string[], entry: TocEntry, from = 0): number {
  const key = headingKey(headingLine(entry));
  for (let i = from; i < lines.length; i++) if (lines[i].length < 200 && headingKey(lines[i]) === key) return i;
  return -1;
}

const HEADING_LIKE = /^(?:[IVX]+|[A-H]|\d)\.\s+[A-Z0-9][^.]{0,90}$/;

/**
 * Classifies the body lines [from, to). `entries` are the TOC section entries expected in this range, in order.
 * Nothing is dropped except blank-page markers; unexpected shapes are kept as text and reported in `warnings`.
 */
export function classifyBody(lines: readonly string[], from: number, to: number, entries: TocEntry[], warnings: string[]): BodyElement[] {
  const out: BodyElement[] = [];
  const blocks = splitBlocks(lines, from, to);
  let next = 0;
  const keys = entries.map((e) => headingKey(headingLine(e)));
  const matchAhead = (line: string): number => {
    const key = headingKey(line);
    if (!key) return -1;
    for (let k = next; k < Math.min(entries.length, next + 3); k++) if (key === keys[k]) return k;
    return -1;
  };
  for (let b = 0; b < blocks.length; b++) {
    const { lines: bl, line } = blocks[b];
    const first = bl[0];
    if (bl.length === 1 && isBlankPageMarker(first)) {
      out.push({ type: 'blank', line });
    } else if (isFootnoteDefLine(first)) {
      const notes = parseFootnoteDefs(bl, line);
      const prev = out[out.length - 1];
      if (prev?.type === 'footnotes') prev.notes.push(...notes);
      else out.push({ type: 'footnotes', notes, line });
    } else if (bl.length === 1 && matchAhead(first) >= 0) {
      const k = matchAhead(first);
      for (; next < k; next++) warnings.push(`TOC entry ${entries[next].id} "${entries[next].title}" has no heading in the body`);
      out.push({ type: 'heading', entry: entries[next++], line });
    } else if (bl.length === 1 && isTableCaption(first) && blocks[b + 1]?.lines.every(isTableLine)) {
      out.push({ type: 'table', table: parseTableBlock(first, blocks[b + 1].lines), line });
      b++;
    } else {
      if (bl.length === 1 && HEADING_LIKE.test(first.trim())) warnings.push(`line ${line + 1}: heading-like line not in the TOC kept as text: ${first.trim()}`);
      if (bl.every(isTableLine)) warnings.push(`line ${line + 1}: tab-separated block without a table caption kept as text`);
      out.push({ type: 'text', text: cleanDisplayText(bl.map((l) => l.trim()).join(' ')), line });
    }
  }
  for (; next < entries.length; next++) warnings.push(`TOC entry ${entries[next].id} "${entries[next].title}" has no heading in the body`);
  return out;
}
