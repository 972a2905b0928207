import type { Table } from '@/lib/types';
import { cleanDisplayText } from './normalize';
import { findMarkers, stripMarkers } from './superscript';

/** A parsed table plus the raw text needed for its retrieval records. */
export interface ParsedTable extends Table {
  /** Caption line as printed (display text, footnote marker kept). */
  caption: string;
  /** Header and row lines as printed (tab-separated). */
  lines: string[];
}

const CAPTION = /^Table\s+(\d+)\.\s+(\S.*)$/;

export function isTableCaption(line: string): boolean {
  return CAPTION.test(line.trim()) && !line.includes('\t');
}

export function isTableLine(line: string): boolean {
  return line.includes('\t');
}

/** One caption line plus its tab-separated lines (the first is the header, starting with an empty label cell). */
export function parseTableBlock(captionLine: string, lines: string[]): ParsedTable {
  const caption = cleanDisplayText(captionLine.trim());
  const m = CAPTION.exec(caption);
  if (!m) throw new Error(`not a table caption: ${captionLine}`);
  const markers = findMarkers(caption);
  const rowsRaw = lines.map((l) => cleanDisplayText(l.replace(/\s+$/, (s) => s.replace(/[^\t]/g, ''))));
  const [header, ...body] = rowsRaw.map((l) => l.split('\t').map((c) => c.trim()));
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')].slice(0, width);
  return {
    n: Number(m[1]),
    title: stripMarkers(m[2]).trim(),
    columns: pad(header),
    rows: body.map(pad),
    footnote: markers.length ? markers[markers.length - 1].n : null,
    section: null,
    pages: null,
    caption,
    lines: lines.map((l) => cleanDisplayText(l.trimEnd())),
  };
}

/** All tables in a text: a `Table N. Title` line followed (after blank lines) by tab-separated lines. */
export function parseTables(text: string): ParsedTable[] {
  const lines = text.split('\n');
  const out: ParsedTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isTableCaption(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    if (j >= lines.length || !lines[j].startsWith('\t')) continue;
    const body: string[] = [];
    while (j < lines.length && lines[j].trim() && isTableLine(lines[j])) body.push(lines[j++]);
    out.push(parseTableBlock(lines[i], body));
    i = j - 1;
  }
  return out;
}

/** "Table 4. Reasons … — War on Drugs to 9/11: Cooperation: Med; Reason: …" (caption marker kept). */
export function tableRowText(table: ParsedTable, row: string[]): string {
  const label = row[0].replace(/:$/, '');
  const cells = row
    .slice(1)
    .map((cell, i) => (cell ? `${table.columns[i + 1] || `Column ${i + 2}`}: ${cell}` : ''))
    .filter(Boolean);
  return `${table.caption} — ${label}: ${cells.join('; ')}`;
}

/** The whole table as printed: caption line, then header and rows (tab-separated, one per line). */
export function tableText(table: ParsedTable): string {
  return [table.caption, ...table.lines].join('\n');
}
