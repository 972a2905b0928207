import type { CorpusRecord } from '../types';
import { words } from '../retrieve/tokenize';

export interface SkippedSpan {
  doc: string;
  /** 1-based inclusive line numbers of the input file. */
  fromLine: number;
  toLine: number;
  preview: string;
}

/**
 * Lines of an input document whose words are not found in any record (or section title) of that document: what the
 * parser left out (front matter, table of contents, distribution list, or text it could not
 * place). Ingest reports them, so no text is dropped silently.
 */
export function uncoveredSpans(doc: string, text: string, records: CorpusRecord[]): SkippedSpan[] {
  const known = new Set<string>();
  for (const r of records) if (r.doc === doc) for (const w of words(`${r.section ?? ''} ${r.sectionTitle ?? ''} ${r.text}`)) known.add(w);
  const lines = text.split(/\r\n?|\n/);
  const spans: SkippedSpan[] = [];
  lines.forEach((line, i) => {
    const ws = words(line);
    if (ws.length === 0) return;
    const missing = ws.filter((w) => !known.has(w)).length;
    if (missing / ws.length <= 0.2) return;
    const last = spans[spans.length - 1];
    if (last && last.toLine >= i) last.toLine = i + 1;
    else spans.push({ doc, fromLine: i + 1, toLine: i + 1, preview: line.trim().slice(0, 80) });
  });
  return spans;
}
