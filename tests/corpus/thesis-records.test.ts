import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus, DEFAULT_CHUNK_OPTIONS, parseThesis, resolveChunkOptions, splitSentences } from '@/lib/corpus';

const TEXT = readFileSync('corpus/thesis.md', 'utf8');
const thesis = parseThesis(TEXT);
const OPTS = { targetWords: 120, maxWords: 200, minWords: 50, overlapSentences: 0 };
const corpus = buildCorpus([{ name: 'thesis.md', text: TEXT }], OPTS);
const passages = corpus.chunks.filter((c) => c.kind === 'passage');
const body = passages.filter((c) => c.section !== null);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('records (real thesis)', () => {
  it('has valid default chunk options (counts below pin explicit options, so defaults can be tuned)', () => {
    expect(resolveChunkOptions(DEFAULT_CHUNK_OPTIONS)).toEqual(DEFAULT_CHUNK_OPTIONS);
    expect(buildCorpus([{ name: 'thesis.md', text: TEXT }]).chunks.length).toBeGreaterThan(400);
  });

  it('has the expected record counts', () => {
    const kinds: Record<string, number> = {};
    for (const c of corpus.chunks) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    expect(kinds).toEqual({ abstract: 1, passage: 153, table: 6, 'table-row': 28, footnote: 187, bibliography: 53 });
    expect(corpus.documents).toEqual([{ file: 'thesis.md', kind: 'thesis', records: corpus.chunks.length }]);
    expect(new Set(corpus.chunks.map((c) => c.id)).size).toBe(corpus.chunks.length);
    expect(corpus.chunks.map((c) => c.order)).toEqual(corpus.chunks.map((_, i) => i));
  });

  it('uses stable ids per section', () => {
    expect(body[0].id).toBe('thesis:I:1');
    expect(passages.filter((p) => p.section === 'II.E').map((p) => p.id).slice(0, 3)).toEqual(['thesis:II.E:1', 'thesis:II.E:2', 'thesis:II.E:3']);
    for (const p of body) expect(p.id).toMatch(new RegExp(`^thesis:${p.section!.replace(/\./g, '\\.')}:\\d+$`));
    expect(corpus.chunks.find((c) => c.id === 'thesis:fn:47')).toMatchObject({ kind: 'footnote', footnotes: [47], sourceId: 'bib:turbiville-2010', section: 'II.C' });
    expect(corpus.chunks.find((c) => c.id === 'bib:turbiville-2010')).toMatchObject({ kind: 'bibliography', sourceId: 'bib:turbiville-2010', section: null });
    expect(corpus.chunks.find((c) => c.id === 'thesis:abstract')!.text).toBe(corpus.meta.abstract);
  });

  it('never lets a passage cross a section: every piece comes from a paragraph of its own section', () => {
    for (const p of body) {
      const own = thesis.paragraphs.filter((x) => x.section === p.section).map((x) => x.text);
      for (const piece of p.text.split('\n\n')) expect(own.some((t) => t.includes(piece)), `${p.id}: ${piece.slice(0, 60)}`).toBe(true);
      expect(p.sectionTitle).toBe(corpus.sections.find((s) => s.id === p.section)!.title);
    }
  });

  it('covers every sentence of every paragraph exactly once (no overlap by default)', () => {
    for (const para of thesis.paragraphs) {
      const inSection = body.filter((p) => p.section === para.section).map((p) => p.text).join('\n\n');
      for (const s of splitSentences(para.text)) {
        const hits = inSection.split(s.text).length - 1;
        expect(hits, `${para.id}: ${s.text.slice(0, 60)}`).toBeGreaterThanOrEqual(1);
      }
    }
    const total = body.reduce((n, p) => n + words(p.text), 0);
    expect(total).toBe(thesis.paragraphs.reduce((n, p) => n + words(p.text), 0));
  });

  it('keeps footnote text out of passages', () => {
    for (const p of passages) {
      expect(p.text).not.toContain('<http');
      expect(p.text).not.toMatch(/(^|\n)[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
      expect(p.text).not.toMatch(/\bIbid\./);
    }
    const long = corpus.footnotes.filter((f) => f.text.length >= 40);
    for (const f of long) expect(passages.some((p) => p.text.includes(f.text.slice(0, 40))), `footnote ${f.n}`).toBe(false);
  });

  it('sizes passages for retrieval and aligns them to sentences', () => {
    for (const p of body) {
      expect(words(p.text), p.id).toBeLessThanOrEqual(OPTS.maxWords);
      expect(stripTrailing(p.text), p.id).toMatch(/[.?!]$/);
      expect(p.text, p.id).toMatch(/^["“*(]?[A-Z0-9H]/);
    }
    const avg = body.reduce((n, p) => n + words(p.text), 0) / body.length;
    expect(avg).toBeGreaterThan(90);
    expect(avg).toBeLessThan(160);
  });

  it('gives passages page ranges inside their section, narrowed by counted page breaks', () => {
    for (const p of body) {
      const own = thesis.ownPages.get(p.section!)!;
      expect(p.pages!.start).toBeGreaterThanOrEqual(own.start);
      expect(p.pages!.end).toBeLessThanOrEqual(own.end);
    }
    expect(corpus.chunks.find((c) => c.id === 'thesis:I:1')!.pages).toEqual({ start: 1, end: 1 });
    expect(corpus.chunks.find((c) => c.id === 'thesis:II.E:1')!.pages).toEqual({ start: 28, end: 29 });
  });

  it('makes footnote records searchable by their source author and title', () => {
    const f15 = corpus.chunks.find((c) => c.id === 'thesis:fn:15')!;
    expect(f15.text).toBe('*Ibid.*, 51.');
    expect(f15.searchText).toContain('Charles Glaser');
    expect(f15.searchText).toContain('Realists as Optimists');
    expect(f15).toMatchObject({ section: 'I.A.1', sectionTitle: 'Cooperation and Realism', pages: { start: 5, end: 5 }, sourceId: 'bib:glaser-1995' });
    expect(corpus.chunks.find((c) => c.id === 'thesis:fn:105')!.searchText).toContain('Craig A. Deare');
  });

  it('strips markers, emphasis and escapes from search text but keeps display text faithful', () => {
    const withDollar = passages.find((p) => p.text.includes('$25.8 million'))!;
    expect(withDollar.text).not.toContain('\\$');
    const marked = passages.find((p) => p.text.includes('drug trafficking.⁶ NORTHCOM'))!;
    expect(marked.searchText).toContain('drug trafficking. NORTHCOM');
    expect(marked.searchText).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
    const italic = passages.find((p) => p.text.includes('*The Logic of Comparative Social Inquiry*'))!;
    expect(italic.searchText).toContain('in their book The Logic of Comparative Social Inquiry as,');
  });

  it('keeps the title page as one passage, a line per unit, each verbatim in the thesis', () => {
    const page = passages.find((p) => p.id === 'thesis:title-page')!;
    expect(page.sectionTitle).toBe('TITLE PAGE');
    expect(page.text.split('\n')).toEqual([
      "COMBATING DRUG TRAFFICKING: VARIATION IN THE UNITED STATES' MILITARY COOPERATION WITH COLOMBIA AND MEXICO",
      'Brian S. Curry Lieutenant, United States Navy B.A., Texas A&M University, 2012',
      'Submitted in partial fulfillment of the requirements for the degree of MASTER OF ARTS IN SECURITY STUDIES (WESTERN HEMISPHERE) from the NAVAL POSTGRADUATE SCHOOL June 2017',
      'Approved by: Diego Esparza, Ph.D. Thesis Advisor',
      'Thomas C. Bruneau, Ph.D. Second Reader',
      'Mohammed M. Hafez, Ph.D. Chair, Department of National Security Affairs',
    ]);
    expect(splitSentences(page.text).map((s) => s.text)).toEqual(page.text.split('\n'));
  });

  it('keeps the acknowledgments as passages outside any section', () => {
    const ack = passages.filter((p) => p.section === null && p.sectionTitle === 'ACKNOWLEDGMENTS');
    expect(ack.map((p) => p.id)).toEqual(['thesis:acknowledgments:1', 'thesis:acknowledgments:2']);
    expect(ack[0].text).toMatch(/^I thank my wife/);
    expect(ack.every((p) => p.pages === null && p.sectionTitle === 'ACKNOWLEDGMENTS')).toBe(true);
  });
});

function stripTrailing(s: string): string {
  return s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, '').replace(/["”’)]+$/, '');
}
