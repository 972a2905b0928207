import { describe, expect, it } from 'vitest';
import {
  buildCorpus,
  buildCorpusWithReport,
  parseBibliography,
  parseFootnotes,
  parsePlainDocument,
  parseTables,
  parseThesis,
  resolveFootnoteSources,
} from '@/lib/corpus';
import { AppError } from '@/lib/errors';
import { MINI_THESIS, PLAIN_MD } from './fixtures';

const mini = parseThesis(MINI_THESIS);
const fn = (n: number) => mini.footnotes.find((f) => f.n === n)!;

describe('synthetic thesis', () => {
  it('reads front matter, sections and pages', () => {
    expect(mini.meta).toMatchObject({ title: 'A SMALL THESIS ABOUT COOPERATION', author: 'Ada Example', date: 'March 2020', degree: 'MASTER OF ARTS IN TESTING' });
    expect(mini.meta.advisors.map((a) => a.role)).toEqual(['Thesis Advisor', 'Second Reader']);
    expect(mini.sections.map((s) => [s.id, s.pages.start, s.pages.end])).toEqual([
      ['I', 1, 4],
      ['I.A', 2, 3],
      ['I.A.1', 3, 3],
      ['I.B', 3, 4],
      ['II', 5, 6],
    ]);
    expect(mini.warnings).toEqual([]);
  });

  it('rejoins a paragraph cut by a footnote block and spans both pages', () => {
    const p = mini.paragraphs[0];
    expect(p.text).toContain('In 2008, Congress approved a bilateral agreement with Mexico.');
    expect(p.pages).toEqual({ start: 1, end: 2 });
    expect(p.footnotes).toEqual([1, 2]);
    expect(mini.paragraphs).toHaveLength(5);
  });

  it('handles a marker inside a quotation', () => {
    expect(fn(2).sentence).toBe('Admiral Jones said, “we cooperate when it pays.”');
    expect(fn(2)).toMatchObject({ form: 'ibid', ibidOf: 1, sourceId: 'bib:smith-2001', pages: '13' });
  });

  it('does not read H₁ as a footnote marker', () => {
    expect(mini.footnotes.map((f) => f.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(mini.paragraphs.find((p) => p.text.startsWith('H₁'))).toMatchObject({ section: 'I.A.1', footnotes: [] });
  });

  it('resolves an Ibid. at a section start but flags it, and one after a table note', () => {
    expect(fn(3)).toMatchObject({ form: 'ibid', section: 'I.A', sourceId: 'bib:smith-2001', pages: '13', ibidOf: 2 });
    expect(fn(3).ibidDoubtful).toMatch(/section start/);
    expect(fn(5)).toMatchObject({ form: 'ibid', sourceId: 'bib:doe-1999', ibidOf: 4 });
    expect(fn(5).ibidDoubtful).toMatch(/table note 4/);
    expect(fn(1).ibidDoubtful).toBeUndefined();
  });

  it('resolves short forms and table notes, and reports what does not resolve', () => {
    expect(fn(6)).toMatchObject({ form: 'short', sourceId: 'bib:smith-2001', pages: '14' });
    expect(fn(4)).toMatchObject({ form: 'table-note', sourceId: 'bib:doe-1999' });
    expect(mini.footnoteSources.get(4)).toEqual(['bib:doe-1999', 'bib:smith-2001']);
    expect(mini.unresolved.map((u) => u.n)).toEqual([7]);
    expect(mini.unresolved[0].reason).toMatch(/no bibliography entry/);
    expect(fn(7).sourceId).toBeNull();
  });

  it('parses the table with its note', () => {
    expect(mini.tables).toHaveLength(1);
    expect(mini.tables[0]).toMatchObject({ n: 1, title: 'Sample Results', footnote: 4, section: 'I.B', pages: { start: 3, end: 3 } });
    expect(mini.tables[0].columns).toEqual(['', 'Score', 'Note']);
    expect(mini.tables[0].rows).toEqual([
      ['Alpha', '1', 'First row'],
      ['Total:', '1', ''],
    ]);
  });

  it('gives dash entries the previous author (———. and a lost dash)', () => {
    expect(mini.bibliography.map((b) => [b.id, b.authors])).toEqual([
      ['bib:doe-1999', ['Jane Doe']],
      ['bib:doe-2002', ['Jane Doe']],
      ['bib:smith-2001', ['John Smith']],
      ['bib:smith-2003', ['John Smith']],
    ]);
    expect(mini.referencesPages).toEqual({ start: 7, end: 7 });
  });

  it('unescapes dollars and keeps abbreviations inside one sentence', () => {
    expect(mini.paragraphs[0].text).toContain('$2 million');
    expect(fn(1).sentence).toBe('Smith studies cooperation between states.');
  });

  it('builds records with ids, order and chunkIds', () => {
    const corpus = buildCorpus([{ name: 'thesis.md', text: MINI_THESIS }]);
    expect(corpus.chunks[0].text.split('\n')).toEqual([
      'A SMALL THESIS ABOUT COOPERATION',
      'by Ada Example',
      'March 2020',
      'Submitted in partial fulfillment of the requirements for the degree of MASTER OF ARTS IN TESTING',
      'Approved by: Grace Hopper, Ph.D. Thesis Advisor',
      'Alan Turing, Ph.D. Second Reader',
    ]);
    expect(corpus.chunks.map((c) => c.id)).toEqual([
      'thesis:title-page',
      'thesis:abstract',
      'thesis:acknowledgments:1',
      'thesis:I:1',
      'thesis:I.A:1',
      'thesis:I.A.1:1',
      'thesis:table:1',
      'thesis:table:1:row:1',
      'thesis:table:1:row:2',
      'thesis:I.B:1',
      'thesis:II:1',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `thesis:fn:${n}`),
      'bib:doe-1999',
      'bib:doe-2002',
      'bib:smith-2001',
      'bib:smith-2003',
    ]);
    expect(corpus.footnotes.find((f) => f.n === 4)!.chunkIds).toEqual(['thesis:table:1', 'thesis:table:1:row:1', 'thesis:table:1:row:2']);
    expect(corpus.footnotes.find((f) => f.n === 2)!.chunkIds).toEqual(['thesis:I:1']);
    expect(corpus.chunks.find((c) => c.id === 'thesis:table:1:row:1')!.text).toBe('Table 1. Sample Results⁴ — Alpha: Score: 1; Note: First row');
    expect(corpus.acronyms).toEqual([
      { short: 'AOR', long: 'Area of Responsibility' },
      { short: 'TOC', long: 'Transnational Organized Crime' },
    ]);
  });
});

describe('standalone helpers on fixtures', () => {
  it('parseFootnotes reads definitions and ignores subscripts', () => {
    expect(parseFootnotes('Text H₁ here.\n\n¹⁰⁵ Table 1 is adapted from X.\n\n¹² Ibid., 4.').map((f) => [f.n, f.text])).toEqual([
      [105, 'Table 1 is adapted from X.'],
      [12, 'Ibid., 4.'],
    ]);
  });

  it('parseTables reads a caption and its tab-separated lines', () => {
    const tables = parseTables('Table 9. Things¹\n\n\tA\tB\nRow one\tx\ty\nTotal:\t1\t2\n\nAfter.');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ n: 9, title: 'Things', footnote: 1, columns: ['', 'A', 'B'], rows: [['Row one', 'x', 'y'], ['Total:', '1', '2']] });
  });

  it('parseBibliography handles "—." dashes and URLs on the next line', () => {
    const b = parseBibliography('LIST OF REFERENCES\n\n- Roe, Richard. *First*. City: Pub, 2001.\n- —. “Second.” *Review* 2 (2005): 3–4.\n<http://x.org/a>.\n');
    expect(b.map((e) => [e.id, e.authors, e.title, e.year, e.url])).toEqual([
      ['bib:roe-2001', ['Richard Roe'], 'First', 2001, null],
      ['bib:roe-2005', ['Richard Roe'], 'Second', 2005, 'http://x.org/a'],
    ]);
  });

  it('resolveFootnoteSources: Ibid. first, unknown sources, curly and straight quotes', () => {
    const bib = parseBibliography('LIST OF REFERENCES\n\n- Glaser, Charles. "Realists as Optimists: Cooperation as Self-Help." *International Security* 19, no. 3 (1995): 50–90.');
    const r = resolveFootnoteSources(
      [
        { n: 1, text: 'Ibid.' },
        { n: 2, text: 'Glaser, “Realists as Optimists,” 51.' },
        { n: 3, text: '*Ibid.*, 52.' },
        { n: 4, text: 'Someone Else, *Unknown Work* (Place: Press, 2000), 1.' },
        { n: 5, text: 'Ibid.' },
      ],
      bib,
    );
    expect(r.map((x) => [x.n, x.form, x.sourceId, x.pages, x.reason === null])).toEqual([
      [1, 'ibid', null, null, false],
      [2, 'short', 'bib:glaser-1995', '51', true],
      [3, 'ibid', 'bib:glaser-1995', '52', true],
      [4, 'full', null, '1', false],
      [5, 'ibid', null, null, false],
    ]);
    expect(r[4].reason).toMatch(/footnote 4, which is unresolved/);
  });
});

describe('plain documents', () => {
  it('turns markdown, all-caps and numbered headings into sections', () => {
    expect(parsePlainDocument(PLAIN_MD).map((s) => [s.slug, s.title, s.paragraphs.length])).toEqual([
      ['field-notes', 'Field Notes', 1],
      ['interviews-in-2019', 'Interviews in 2019', 2],
      ['interviews-in-2019-2', 'Interviews in 2019', 1],
      ['methods-and-data', 'METHODS AND DATA', 1],
      ['2-numbered-heading', '2. Numbered Heading', 1],
    ]);
  });

  it('builds passages with doc-scoped ids next to the thesis', () => {
    const { corpus, warnings } = buildCorpusWithReport([
      { name: 'notes.md', text: PLAIN_MD },
      { name: 'thesis.md', text: MINI_THESIS },
      { name: 'image.png', text: 'binary' },
    ]);
    expect(warnings).toEqual([]);
    expect(corpus.documents.map((d) => [d.file, d.kind])).toEqual([
      ['thesis.md', 'thesis'],
      ['notes.md', 'plain'],
    ]);
    const notes = corpus.chunks.filter((c) => c.doc === 'notes.md');
    expect(notes.map((c) => c.id)).toEqual([
      'notes:field-notes:1',
      'notes:interviews-in-2019:1',
      'notes:interviews-in-2019-2:1',
      'notes:methods-and-data:1',
      'notes:2-numbered-heading:1',
    ]);
    expect(notes[1]).toMatchObject({ kind: 'passage', section: 'interviews-in-2019', sectionTitle: 'Interviews in 2019', pages: null, footnotes: [] });
    expect(notes[1].text).toBe('The first interview was long. It covered many topics across two lines of the source file.\n\n- item one\n- item two');
    expect(corpus.meta.author).toBe('Ada Example');
  });

  it('works without a thesis and puts text before any heading in no section', () => {
    const corpus = buildCorpus([{ name: 'memo.txt', text: 'Opening line.\n\nINTRODUCTION\n\nBody text.' }]);
    expect(corpus.chunks.map((c) => [c.id, c.section])).toEqual([
      ['memo:preamble:1', null],
      ['memo:introduction:1', 'introduction'],
    ]);
    expect(corpus.chunks.every((c) => c.doc === 'memo.txt')).toBe(true);
    expect(corpus.meta.title).toBe('');
  });

  it('fails clearly on a thesis.md without a table of contents', () => {
    expect(() => buildCorpus([{ name: 'thesis.md', text: '# Just notes\n\nNo TOC here.' }])).toThrow(/Cannot parse "thesis\.md" as the thesis: .*TABLE OF CONTENTS/);
  });

  it('fails clearly on a whitespace-only file', () => {
    expect(() => buildCorpus([{ name: 'empty.md', text: ' \n\t\n' }])).toThrow(AppError);
    expect(() => buildCorpus([{ name: 'empty.md', text: ' \n\t\n' }])).toThrow(/"empty\.md" is empty/);
  });
});
