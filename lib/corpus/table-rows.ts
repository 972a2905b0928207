import type { CorpusRecord } from '../types';

/** A stretch of a record's text (verbatim, at start..end), with how it reads when that differs. */
export interface Span {
  text: string;
  start: number;
  end: number;
  /** Table rows read with their title and column names. */
  reads?: string;
}

/** A whole table's rows, each read like a table-row record: "Table 2. ... — Prior to WWII: Cooperation: None; ...". */
export function tableRowSpans(record: CorpusRecord): Span[] {
  const lines = record.text.split('\n');
  const [title, header] = [lines[0], lines[1] ?? ''];
  const columns = header.split('\t').slice(1);
  const out: Span[] = [];
  let start = lines[0].length + 1 + header.length + 1;
  for (const line of lines.slice(2)) {
    const cells = line.split('\t');
    const pairs = columns.map((c, i) => (cells[i + 1] ? `${c}: ${cells[i + 1]}` : '')).filter(Boolean);
    if (line.trim()) out.push({ text: line, start, end: start + line.length, reads: `${title} — ${cells[0].replace(/:$/, "")}: ${pairs.join('; ')}` });
    start += line.length + 1;
  }
  return out;
}
