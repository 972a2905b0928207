import type { CorpusRecord } from '../types';
import type { CorpusIndex } from './corpus-index';
import { splitSentences, type SentenceSpan } from '../corpus/sentences';
import { supportScore, termSet } from './support';

const WHOLE_RECORD_CHARS = 320;
/** Overlap from which a claim's best sentence is part of the quote. */
const MIN_OVERLAP = 0.5;

/**
 * A table-row record's text is assembled by the parser ("Table 1. ... — Total: Realism: 4; ...");
 * its verbatim form is the row as printed, cells separated by tabs.
 */
function tableRowLine(record: CorpusRecord, index?: CorpusIndex): string | null {
  const m = /:table:(\d+):row:(\d+)$/.exec(record.id);
  if (record.kind !== 'table-row' || !m || !index) return null;
  const row = index.tables.get(Number(m[1]))?.rows[Number(m[2]) - 1];
  return row ? row.join('\t').trimEnd() : null;
}

/** The data rows of a whole-table record (title and column header lines left out). */
function tableLines(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    if (i >= 2 && line.trim()) out.push({ text: line, start, end: start + line.length });
    start += line.length + 1;
  });
  return out;
}

/** Whether a claim is the table's title alone (no row after " — "). */
function namesTable(claim: string, tableText: string): boolean {
  const plain = (t: string) => t.replace(/[\u2070-\u209f\u00b9\u00b2\u00b3]/g, '').replace(/\.\s*$/, '').trim();
  return !claim.includes(' — ') && plain(claim) === plain(tableText.split('\n')[0]);
}

function overlap(claim: string, span: SentenceSpan): number {
  const forward = supportScore(claim, span.text).score;
  const claimTerms = termSet(claim);
  const spanTerms = [...termSet(span.text)];
  const backward = spanTerms.length ? spanTerms.filter((t) => claimTerms.has(t)).length / spanTerms.length : 0;
  return forward + 0.25 * backward;
}

/** Sentences at most this far apart are quoted as one span (with the sentences between them). */
const SPAN_GAP = 2;

/**
 * The verbatim quotes from a cited record that best support the answer sentences citing it: the
 * best-matching sentence for each claim, sentences close together joined into one contiguous span,
 * in record order (one quote per group of far-apart sentences). Short footnote, bibliography and
 * table-row records are quoted whole.
 */
export function pickQuotes(record: CorpusRecord, claims: string[], index?: CorpusIndex): string[] {
  const row = tableRowLine(record, index);
  if (row) return [row];
  const text = record.text.trim();
  if (record.kind === 'footnote' || record.kind === 'bibliography') if (text.length <= WHOLE_RECORD_CHARS) return [text];
  // An answer listing the tables cites each by its title ("Table 1. Analyzing how each Hypothesis …").
  if (record.kind === 'table' && claims.length && claims.every((c) => namesTable(c, text))) return [text.split('\n')[0]];
  const spans = record.kind === 'table' ? tableLines(record.text) : splitSentences(record.text);
  if (spans.length === 0) return [text];
  // Each claim's best-matching sentence; a claim that matches no sentence well (a sentence
  // relaying the footnote, say) does not add a quote.
  const tops = claims.map((claim) => {
    let top = 0;
    let topScore = -1;
    spans.forEach((s, i) => {
      const v = overlap(claim, s);
      if (v > topScore) [top, topScore] = [i, v];
    });
    return { top, topScore };
  });
  const strong = tops.filter((t) => t.topScore >= MIN_OVERLAP);
  const chosen = strong.length ? strong : tops.sort((a, b) => b.topScore - a.topScore).slice(0, 1);
  const idx = [...new Set(chosen.map((t) => t.top))].sort((a, b) => a - b);
  if (!idx.length) return [spans[0].text];
  const groups: [number, number][] = [];
  for (const i of idx) {
    const last = groups.at(-1);
    if (last && i - last[1] <= SPAN_GAP) last[1] = i;
    else groups.push([i, i]);
  }
  return groups.map(([a, b]) => record.text.slice(spans[a].start, spans[b].end));
}
