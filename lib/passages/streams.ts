import type { CorpusRecord } from '../types';

/**
 * Records are read in separate streams: the body (passages, tables, abstract, other documents'
 * passages), the footnotes, the bibliography, and the rows of each table. Previous/next links
 * and neighbours stay inside one stream of one document.
 */
export function streamKey(r: Pick<CorpusRecord, 'id' | 'kind' | 'doc'>): string {
  if (r.kind === 'footnote' || r.kind === 'bibliography') return `${r.doc}|${r.kind}`;
  if (r.kind === 'table-row') return `${r.doc}|rows|${r.id.replace(/:row:\d+$/, '')}`;
  return `${r.doc}|body`;
}

const cache = new WeakMap<readonly CorpusRecord[], Map<string, CorpusRecord[]>>();

/** Records grouped by stream, each stream in reading order; computed once per record list. */
export function streams(records: readonly CorpusRecord[]): Map<string, CorpusRecord[]> {
  let byStream = cache.get(records);
  if (!byStream) {
    byStream = new Map();
    for (const r of records) {
      const key = streamKey(r);
      const list = byStream.get(key);
      if (list) list.push(r);
      else byStream.set(key, [r]);
    }
    for (const list of byStream.values()) list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    cache.set(records, byStream);
  }
  return byStream;
}

/** The stream a record belongs to and its position in it. */
export function position(records: readonly CorpusRecord[], record: CorpusRecord): { list: CorpusRecord[]; index: number } {
  const list = streams(records).get(streamKey(record)) ?? [record];
  return { list, index: list.findIndex((r) => r.id === record.id) };
}
