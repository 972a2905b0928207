import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus, normalizeForMatch, parseThesis } from '@/lib/corpus';

const TEXT = readFileSync('corpus/thesis.md', 'utf8');
const thesis = parseThesis(TEXT);
const corpus = buildCorpus([{ name: 'thesis.md', text: TEXT }]);
const bib = (id: string) => corpus.bibliography.find((b) => b.id === id);

describe('bibliography (real thesis)', () => {
  it('has every entry of the List of References, with unique ids', () => {
    expect(corpus.bibliography).toHaveLength(53);
    expect(new Set(corpus.bibliography.map((b) => b.id)).size).toBe(53);
    expect(corpus.bibliography[0].id).toBe('bib:archibold-2013');
    expect(corpus.bibliography.at(-1)!.id).toBe('bib:wilson-nd');
    for (const b of corpus.bibliography) {
      expect(b.title, b.id).not.toBe('');
      expect(b.id).toMatch(/^bib:[a-z0-9-]+-(\d{4}[a-z]?|nd)$/);
    }
  });

  it('parses authors, title, venue, date, year and URL', () => {
    expect(bib('bib:turbiville-2010')).toMatchObject({
      authors: ['Graham H. Turbiville Jr.'],
      title: 'U.S. Military Engagement with Mexico: Uneasy Past and Challenging Future',
      venue: 'Joint Special Operations University Report 10–2',
      year: 2010,
      url: 'http://oai.dtic.mil/oai/oai?verb=getRecord&metadataPrefix=html&identifier=ADA516048',
    });
    expect(bib('bib:archibold-2013')).toMatchObject({
      authors: ['Randal C. Archibold', 'Damien Cave', 'Ginger Thompson'],
      venue: 'New York Times',
      date: 'May 1, 2013',
      year: 2013,
      url: 'https://www.nytimes.com/',
    });
    expect(bib('bib:coleman-2008')).toMatchObject({ year: 2008, url: null, venue: 'The Kent State University Press' });
    expect(bib('bib:vasquez-2016')!.url).toMatch(/^http:\/\/digitalcommons\.fiu\.edu\/etd\/2458\//); // bare URL on the next line
    expect(bib('bib:wilson-nd')).toMatchObject({ year: null, date: null, title: 'Mexico/Zapatistas' });
    expect(bib('bib:christian-1940')).toMatchObject({ authors: ['Christian Science Monitor'], year: 1940 });
  });

  it('gives dash entries (a lost "———." printed as "- .") the author of the entry before', () => {
    expect(bib('bib:united-2016b')).toMatchObject({ authors: ['United States Senate'] });
    expect(bib('bib:united-2016b')!.title).toMatch(/^Posture Statement of Admiral William E\. Gortney/);
    for (const id of ['bib:new-1942a', 'bib:new-1942b', 'bib:new-1942c', 'bib:new-1994', 'bib:new-1997']) {
      expect(bib(id)!.authors, id).toEqual(['New York Times']);
    }
    expect(bib('bib:new-1942b')!.text.startsWith('. "Mexico\'s Distrust')).toBe(true);
  });
});

describe('tables (real thesis)', () => {
  it('has the 6 tables with their titles, notes, sections and pages', () => {
    expect(corpus.tables.map((t) => [t.n, t.footnote, t.section, t.pages?.start, t.rows.length])).toEqual([
      [1, 105, 'II.F', 35, 5],
      [2, 106, 'II.F', 36, 4],
      [3, 180, 'III.F', 57, 5],
      [4, 181, 'III.F', 57, 4],
      [5, 182, 'IV', 61, 5],
      [6, 183, 'IV', 62, 5],
    ]);
    expect(corpus.tables[3].title).toBe('Reasons for U.S. Military and Colombian Military Cooperation');
  });

  it('keeps columns and cells', () => {
    expect(corpus.tables[0].columns).toEqual(['', 'Realism', 'Liberalism', 'Constructivism']);
    expect(corpus.tables[0].rows[4]).toEqual(['Total:', '4', '2', '1']);
    expect(corpus.tables[4].columns).toEqual(['', 'Realism', 'Liberalism', 'Constructivism', 'Cooperation', 'Reason']);
    expect(corpus.tables[4].rows[4]).toEqual(['Total:', '4', '2', '1', '', '']);
    expect(corpus.tables[3].rows[2].slice(0, 2)).toEqual(['War on Drugs to 9/11', 'Med']);
    expect(corpus.tables[3].rows[3][0]).toBe('9/11 to the Present');
    expect(corpus.tables[1].rows[0]).toEqual(['Prior to WWII', 'None', 'No cooperation existed. The two countries were external security threats to each other.']);
    expect(corpus.tables[5].rows[0].slice(0, 5)).toEqual(['Prior to WWII', 'Yes', 'No', 'Yes', 'Med']);
  });

  it('makes each row a self-contained record and each table a record searchable as printed', () => {
    const row = corpus.chunks.find((c) => c.id === 'thesis:table:4:row:3')!;
    expect(row.kind).toBe('table-row');
    expect(row.searchText).toMatch(/^Table 4\. Reasons for U\.S\. Military and Colombian Military Cooperation — War on Drugs to 9\/11: Cooperation: Med; Reason: Internal instability/);
    expect(row).toMatchObject({ section: 'III.F', pages: { start: 57, end: 57 }, footnotes: [181], sourceId: 'bib:cook-2004' });
    expect(corpus.chunks.filter((c) => c.kind === 'table-row')).toHaveLength(28);
    const table1 = corpus.chunks.find((c) => c.id === 'thesis:table:1')!;
    expect(table1.kind).toBe('table');
    expect(table1.text.split('\n')[0]).toBe('Table 1. Analyzing how each Hypothesis Applies to Relations between the United States and Mexico¹⁰⁵');
    expect(table1.text.split('\n')).toContain('Total:\t4\t2\t1');
    expect(normalizeForMatch(table1.text)).toContain('total: 4 2 1');
    expect(normalizeForMatch(corpus.chunks.find((c) => c.id === 'thesis:table:6')!.text)).toContain('total: 4 3 1');
  });

  it('places tables in reading order among the passages', () => {
    const ids = corpus.chunks.map((c) => c.id);
    expect(ids.indexOf('thesis:table:1')).toBeGreaterThan(ids.indexOf('thesis:II.F:1'));
    expect(ids.indexOf('thesis:table:2')).toBe(ids.indexOf('thesis:table:1:row:5') + 1);
    expect(ids.indexOf('thesis:II.G:1')).toBeGreaterThan(ids.indexOf('thesis:table:2:row:4'));
    expect(thesis.tables.map((t) => t.n)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
