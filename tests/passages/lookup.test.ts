import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { decodeRecordId, passageApiUrl, passageHref } from '@/lib/passages/href';
import { excerpt, passageDetail, resolveFootnotes } from '@/lib/passages/lookup';
import { streamKey } from '@/lib/passages/streams';
import type { BibliographyEntry, CorpusRecord, Footnote } from '@/lib/types';

function rec(id: string, order: number, extra: Partial<CorpusRecord> = {}): CorpusRecord {
  return { id, kind: 'passage', doc: 'thesis', section: 'II.B', sectionTitle: 'PRIOR TO WWII', pages: { start: 16, end: 16 }, text: `Text of ${id}.`, searchText: '', footnotes: [], order, ...extra };
}
const fn = (n: number, sourceId: string | null, extra: Partial<Footnote> = {}): Footnote => ({
  n, text: `Footnote ${n}.`, searchText: '', form: 'full', sourceId, pages: null, ibidOf: null, section: 'II.B', sentence: '', chunkIds: [], ...extra,
});
const bib = (id: string, url: string | null): BibliographyEntry => ({ id, text: `Entry ${id}.`, authors: [], title: id, venue: null, date: null, year: 2010, url });

const records = [
  rec('thesis:II.A:1', 0, { section: 'II.A' }),
  rec('thesis:II.B:1', 1),
  rec('thesis:II.B:2', 2),
  rec('thesis:II.B:3', 3, { footnotes: [7, 8], text: 'A claim.⁷ Another.⁸' }),
  rec('thesis:II.B:4', 4),
  rec('thesis:II.B:5', 5),
  rec('thesis:II.B:6', 6),
  rec('thesis:II.C:1', 7, { section: 'II.C' }),
  rec('thesis:fn:7', 8, { kind: 'footnote', footnotes: [7], sourceId: 'bib:a' }),
  rec('thesis:fn:8', 9, { kind: 'footnote', footnotes: [8], sourceId: 'bib:a' }),
  rec('bib:a', 10, { kind: 'bibliography', section: null, sourceId: 'bib:a' }),
];
const corpus = { footnotes: [fn(7, 'bib:a', { pages: '4' }), fn(8, null, { form: 'ibid', ibidOf: 7 })], bibliography: [bib('bib:a', 'https://example.org/a')] };
const src = { records, byId: new Map(records.map((r) => [r.id, r])), corpus };

describe('passageDetail', () => {
  it('returns null for an unknown id', () => {
    expect(passageDetail(src, 'thesis:nope')).toBeNull();
  });

  it('resolves footnotes (Ibid. followed) to bibliography entries', () => {
    const d = passageDetail(src, 'thesis:II.B:3')!;
    expect(d.footnotes).toEqual([
      { n: 7, text: 'Footnote 7.', pages: '4', source: { id: 'bib:a', text: 'Entry bib:a.', url: 'https://example.org/a' } },
      { n: 8, text: 'Footnote 8.', pages: null, source: { id: 'bib:a', text: 'Entry bib:a.', url: 'https://example.org/a' } },
    ]);
    expect(d.source).toBeNull();
  });

  it('links prev/next in the body stream, across sections, and not into footnotes', () => {
    expect(passageDetail(src, 'thesis:II.B:1')!.prev?.id).toBe('thesis:II.A:1');
    expect(passageDetail(src, 'thesis:II.C:1')!.next).toBeNull();
    expect(passageDetail(src, 'thesis:fn:7')!.prev).toBeNull();
    expect(passageDetail(src, 'thesis:fn:7')!.next?.id).toBe('thesis:fn:8');
  });

  it('gives up to two neighbours each side, inside the section', () => {
    const d = passageDetail(src, 'thesis:II.B:2')!;
    expect(d.neighbors.before.map((n) => n.id)).toEqual(['thesis:II.B:1']);
    expect(d.neighbors.after.map((n) => n.id)).toEqual(['thesis:II.B:3', 'thesis:II.B:4']);
    expect(passageDetail(src, 'thesis:II.B:6')!.neighbors.after).toEqual([]);
  });

  it('gives a bibliography entry its source and the footnotes citing it', () => {
    const d = passageDetail(src, 'bib:a')!;
    expect(d.source?.url).toBe('https://example.org/a');
    expect(d.citedBy).toEqual([7, 8]);
  });

  it('skips unknown footnote numbers', () => {
    expect(resolveFootnotes(corpus, [99, 7, 7]).map((f) => f.n)).toEqual([7]);
  });
});

describe('helpers', () => {
  it('encodes ids with colons for URLs and decodes them back', () => {
    expect(passageHref('thesis:II.E:3')).toBe('/passage/thesis%3AII.E%3A3');
    expect(passageHref('thesis:II.E:3', ' A “quote” & more ')).toBe('/passage/thesis%3AII.E%3A3?q=A%20%E2%80%9Cquote%E2%80%9D%20%26%20more');
    expect(passageApiUrl('bib:turbiville-2010')).toBe('/api/passages/bib%3Aturbiville-2010');
    expect(decodeRecordId('thesis%3AII.E%3A3')).toBe('thesis:II.E:3');
    expect(decodeRecordId('thesis:II.E:3')).toBe('thesis:II.E:3');
    expect(decodeRecordId('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('keys streams by kind and table', () => {
    expect(streamKey(rec('thesis:table:4:row:2', 0, { kind: 'table-row' }))).toBe('thesis|rows|thesis:table:4');
    expect(streamKey(rec('thesis:table:4', 0, { kind: 'table' }))).toBe('thesis|body');
  });

  it('cuts excerpts at a word', () => {
    expect(excerpt('alpha beta gamma delta', 14)).toBe('alpha beta…');
    expect(excerpt('  short\n text ')).toBe('short text');
    expect(excerpt('Paz, *Strategy, Security, and Spies*, 45.¹⁰⁶ See <https://a.example/> snake_case \\*x\\*')).toBe('Paz, Strategy, Security, and Spies, 45. See https://a.example/ snake_case *x*');
  });
});

describe('passageDetail on the real thesis', () => {
  const real = buildCorpus([{ name: 'thesis.md', text: readFileSync('corpus/thesis.md', 'utf8') }]);
  const realSrc = { records: real.chunks, byId: new Map(real.chunks.map((r) => [r.id, r])), corpus: real };

  it('resolves every footnote of every passage', () => {
    for (const r of real.chunks.filter((c) => c.kind === 'passage')) {
      const d = passageDetail(realSrc, r.id)!;
      expect(d.footnotes.map((f) => f.n)).toEqual([...new Set(r.footnotes)]);
    }
  });

  it('walks the whole body by next links without leaving it', () => {
    const first = real.chunks.filter((c) => streamKey(c) === 'thesis|body').sort((a, b) => a.order - b.order)[0];
    const seen = new Set<string>();
    for (let d = passageDetail(realSrc, first.id); d; d = d.next ? passageDetail(realSrc, d.next.id) : null) {
      expect(seen.has(d.id)).toBe(false);
      expect(['passage', 'table', 'abstract']).toContain(d.kind);
      seen.add(d.id);
    }
    expect(seen.size).toBe(real.chunks.filter((c) => streamKey(c) === 'thesis|body').length);
  });
});
