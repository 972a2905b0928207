import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus, parseThesis } from '@/lib/corpus';
import { findMarkers } from '@/lib/corpus/superscript';

const TEXT = readFileSync('corpus/thesis.md', 'utf8');
const thesis = parseThesis(TEXT);
const corpus = buildCorpus([{ name: 'thesis.md', text: TEXT }]);
const fn = (n: number) => corpus.footnotes.find((f) => f.n === n)!;

describe('thesis footnotes (real thesis)', () => {
  it('has all 187 footnotes, numbered 1..187, each with text and a carrying sentence', () => {
    expect(corpus.footnotes.map((f) => f.n)).toEqual(Array.from({ length: 187 }, (_, i) => i + 1));
    for (const f of corpus.footnotes) {
      expect(f.text.trim(), `footnote ${f.n}`).not.toBe('');
      expect(f.sentence.length, `footnote ${f.n}`).toBeGreaterThan(20);
      expect(f.sentence).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
      expect(f.section).not.toBeNull();
    }
  });

  it('finds the carrying sentence, also for a marker after a closing quotation mark', () => {
    expect(fn(6).sentence).toBe(
      'SOUTHCOM\'s self-proclaimed mission is to "support U.S. national security objectives and interagency efforts that promote regional security cooperation" and carry out operations to stop drug trafficking.',
    );
    expect(fn(14).sentence).toMatch(/^Charles Glaser argues, “structural realism .* when these conditions prevail\.”$/);
    expect(fn(16).sentence).toMatch(/^Glaser suggests cooperation, in a structural realism setting, refers to/);
    expect(fn(17).sentence).toMatch(/^Robert Axelrod and Robert Keohane argue, "achieving cooperation is difficult/);
    expect(fn(35).sentence).toMatch(/^From 1836 to 1917, the U\.S\. military .* on eleven separate occasions\.$/);
    expect(fn(105).sentence).toBe('Table 1. Analyzing how each Hypothesis Applies to Relations between the United States and Mexico');
  });

  it('does not take subscripts (H₁) for footnote markers', () => {
    const h = thesis.paragraphs.find((p) => p.text.startsWith('H₁:'))!;
    expect(h.footnotes).toEqual([]);
    expect(h.section).toBe('I.B.1');
  });

  it('attaches each footnote to the section of its marker', () => {
    expect(fn(1).section).toBe('I');
    expect(fn(12).section).toBe('I.A');
    expect(fn(15).section).toBe('I.A.1');
    expect(fn(183).section).toBe('IV'); // marker in the Table 6 caption, text printed after IV.A.1's first paragraph
    expect(fn(187).section).toBe('IV.C');
  });

  it('resolves Ibid. chains to the previous footnote, with their own page', () => {
    expect(fn(15)).toMatchObject({ form: 'ibid', sourceId: 'bib:glaser-1995', pages: '51', ibidOf: 14 });
    expect(fn(38)).toMatchObject({ form: 'ibid', sourceId: 'bib:turbiville-2010', pages: '5', ibidOf: 37 });
    expect(fn(39)).toMatchObject({ form: 'ibid', sourceId: 'bib:turbiville-2010', pages: '5', ibidOf: 38 });
    expect(fn(45)).toMatchObject({ form: 'ibid', sourceId: 'bib:new-1942b', ibidOf: 44 });
    expect(fn(123)).toMatchObject({ form: 'ibid', sourceId: 'bib:coleman-2008', pages: '18', ibidOf: 122 });
  });

  it('resolves short forms to the bibliography', () => {
    expect(fn(16)).toMatchObject({ form: 'short', sourceId: 'bib:glaser-1995', pages: '51' });
    expect(fn(37)).toMatchObject({ form: 'short', sourceId: 'bib:turbiville-2010', pages: '4-5' });
    expect(fn(27)).toMatchObject({ form: 'short', sourceId: 'bib:coleman-2008', pages: '42' });
    expect(fn(3)).toMatchObject({ form: 'short', sourceId: 'bib:united-2016a' });
    expect(fn(9)).toMatchObject({ form: 'short', sourceId: 'bib:united-2016b' });
    expect(fn(73)).toMatchObject({ form: 'short', sourceId: 'bib:wilson-nd', pages: null }); // title only in the entry's URL
    expect(fn(133)).toMatchObject({ form: 'short', sourceId: 'bib:ramsey-1967', pages: '546' });
    expect(fn(150)).toMatchObject({ form: 'short', sourceId: 'bib:evans-2002', pages: '1' });
  });

  it('resolves full forms, including institutional authors, unsigned articles and spelling differences', () => {
    expect(fn(1)).toMatchObject({ form: 'full', sourceId: 'bib:united-2016a' });
    expect(fn(6)).toMatchObject({ form: 'full', sourceId: 'bib:united-2010', pages: null });
    expect(fn(7).sourceId).toBe('bib:united-2015');
    expect(fn(11).sourceId).toBe('bib:foreign-2016');
    expect(fn(24)).toMatchObject({ sourceId: 'bib:wendt-1992', pages: '396–397' });
    expect(fn(5)).toMatchObject({ sourceId: 'bib:coleman-2008', pages: 'xiii' });
    expect(fn(44).sourceId).toBe('bib:new-1942b');
    expect(fn(71).sourceId).toBe('bib:golden-1995'); // "Plans" in the note, "Planes" in the bibliography
    expect(fn(98).sourceId).toBe('bib:thompson-2011');
    expect(fn(102).sourceId).toBe('bib:archibold-2013');
    expect(fn(146).sourceId).toBe('bib:cook-2004'); // "Viceroy" / "Viceroys"
    expect(fn(174).sourceId).toBe('bib:lumpkin-2015');
  });

  it('resolves table notes to the first source they name', () => {
    expect([105, 106, 180, 181, 182, 183].map((n) => [fn(n).form, fn(n).sourceId])).toEqual([
      ['table-note', 'bib:turbiville-2010'],
      ['table-note', 'bib:turbiville-2010'],
      ['table-note', 'bib:cook-2004'],
      ['table-note', 'bib:cook-2004'],
      ['table-note', 'bib:turbiville-2010'],
      ['table-note', 'bib:cook-2004'],
    ]);
    expect(thesis.footnoteSources.get(105)).toEqual(['bib:turbiville-2010', 'bib:downie-2011', 'bib:deare-2009']);
  });

  it('leaves exactly the expected footnotes unresolved (none in this thesis) and flags no Ibid.', () => {
    expect(corpus.unresolved).toEqual([]);
    expect(corpus.footnotes.filter((f) => f.sourceId === null).map((f) => f.n)).toEqual([]);
    expect(corpus.footnotes.filter((f) => f.ibidDoubtful).map((f) => f.n)).toEqual([]);
    expect(corpus.footnotes.filter((f) => f.form === 'ibid')).toHaveLength(70);
  });

  it('points chunkIds at the records that carry the marker', () => {
    const byId = new Map(corpus.chunks.map((c) => [c.id, c]));
    for (const f of corpus.footnotes) {
      expect(f.chunkIds.length, `footnote ${f.n}`).toBeGreaterThan(0);
      for (const id of f.chunkIds) {
        const rec = byId.get(id)!;
        expect(rec.kind).not.toBe('footnote');
        expect(findMarkers(rec.text).map((m) => m.n)).toContain(f.n);
        expect(rec.footnotes).toContain(f.n);
      }
    }
    expect(fn(10).chunkIds).toHaveLength(1);
    expect(fn(10).chunkIds[0]).toMatch(/^thesis:I:\d+$/);
  });

  it('gives each footnote the page it is printed on', () => {
    expect(thesis.footnotePages.get(1)).toEqual({ start: 1, end: 1 });
    expect(thesis.footnotePages.get(10)).toEqual({ start: 4, end: 4 });
    expect(thesis.footnotePages.get(76)).toEqual({ start: 28, end: 28 });
    expect(thesis.footnotePages.get(104)).toEqual({ start: 34, end: 34 });
    expect(thesis.footnotePages.get(183)).toEqual({ start: 62, end: 62 });
  });
});
