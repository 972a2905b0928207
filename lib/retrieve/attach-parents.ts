import type { CorpusRecord } from '../types';

interface Hit {
  record: CorpusRecord;
  score: number;
}

/** The record a child record belongs to: a table row's table, a footnote's carrying passage. */
export function parentId(record: CorpusRecord, footnoteChunks: Map<number, string[]>): string | null {
  if (record.kind === 'table-row') return record.id.replace(/:row:\d+$/, '');
  if (record.kind === 'footnote' && record.footnotes.length === 1) return footnoteChunks.get(record.footnotes[0])?.[0] ?? null;
  return null;
}

/**
 * Keeps evidence in context: a table row stands in for its whole table (which holds the row, read
 * with its title and columns), and a footnote is preceded by the passage whose claim it supports
 * (the footnote alone does not say what it is cited for). A parent already ranked higher stays
 * where it is. With `keepRows` (a search for rows only), a row is followed by its table instead.
 */
export function attachParents(ranked: Hit[], byId: Map<string, CorpusRecord>, footnoteChunks: Map<number, string[]>, keepRows = false): Hit[] {
  const out: Hit[] = [];
  const placed = new Set<string>();
  const push = (h: Hit) => {
    if (placed.has(h.record.id)) return;
    placed.add(h.record.id);
    out.push(h);
  };
  for (const hit of ranked) {
    if (placed.has(hit.record.id)) continue;
    const pid = parentId(hit.record, footnoteChunks);
    const parent = pid ? byId.get(pid) : undefined;
    if (!parent || placed.has(parent.id)) {
      push(hit);
    } else if (hit.record.kind === 'footnote') {
      push({ record: parent, score: hit.score });
      push(hit);
    } else if (keepRows) {
      push(hit);
      push({ record: parent, score: hit.score });
    } else {
      push({ record: parent, score: hit.score });
    }
  }
  return out;
}
