import { describe, expect, it } from 'vitest';
import { footnoteSourceIds, listSources } from '@/lib/tools';
import { thesisCorpus } from './helpers';

describe('sources and the claims citing them', () => {
  const corpus = thesisCorpus();
  const sources = listSources(corpus);
  const byId = new Map(sources.map((s) => [s.id, s]));

  it('lists every bibliography entry with how often it is cited', () => {
    expect(sources).toHaveLength(53);
    // 187 footnotes; the six table notes cite 3, 3, 2, 2, 3, 2 sources
    expect(sources.reduce((n, s) => n + s.count, 0)).toBe(196);
    expect(sources.every((s) => s.count === s.citedBy.length && s.count > 0)).toBe(true);
    expect(byId.get('bib:turbiville-2010')).toMatchObject({ short: 'Turbiville 2010', count: 31 });
    expect(byId.get('bib:coleman-2008')).toMatchObject({ short: 'Coleman 2008', count: 25 });
    expect(byId.get('bib:cook-2004')?.count).toBe(13);
    expect(byId.get('bib:downie-2011')?.count).toBe(16);
    expect(byId.get('bib:deare-2009')?.count).toBe(14);
  });

  it('says what kind of work each entry is', () => {
    const count = (k: string) => sources.filter((s) => s.kind === k).length;
    expect([count('news'), count('journal'), count('book'), count('government'), count('other')]).toEqual([24, 10, 9, 7, 3]);
    expect(byId.get('bib:turbiville-2010')?.kind).toBe('book');
    expect(byId.get('bib:rohter-1990')?.kind).toBe('news');
  });

  it('counts table notes for every source they name, and Ibid. chains for their source', () => {
    expect(footnoteSourceIds(corpus, 105)).toEqual(['bib:turbiville-2010', 'bib:downie-2011', 'bib:deare-2009']);
    expect(footnoteSourceIds(corpus, 180)).toEqual(['bib:cook-2004', 'bib:coleman-2008']);
    const downie = byId.get('bib:downie-2011')!.citedBy.map((c) => c.footnote);
    expect(downie).toEqual(expect.arrayContaining([105, 106, 182]));
    const turbiville = byId.get('bib:turbiville-2010')!.citedBy;
    const ibid = turbiville.find((c) => c.footnote === 38)!;
    expect(ibid).toMatchObject({ form: 'ibid', citedPages: '5', section: 'II.B', chunkId: expect.stringMatching(/^thesis:II\.B:/) });
    expect(ibid.sentence).toMatch(/Pershing/);
    expect(ibid.pages).toEqual({ start: 18, end: 18 });
  });

  it('gives each citation its passage, section and pages', () => {
    for (const s of sources) {
      for (const c of s.citedBy) {
        expect(c.chunkId, `footnote ${c.footnote}`).toMatch(/^thesis:/);
        expect(c.section).toBeTruthy();
        expect(c.pages).not.toBeNull();
      }
    }
  });

  it('filters by words of the entry', () => {
    expect(listSources(corpus, { q: 'turbiville' }).map((s) => s.id)).toEqual(['bib:turbiville-2010']);
    expect(listSources(corpus, { q: 'New York Times 1942' }).map((s) => s.id)).toEqual(['bib:new-1942a', 'bib:new-1942b', 'bib:new-1942c']);
    expect(listSources(corpus, { q: 'merida' }).map((s) => s.id)).toContain('bib:seelke-2010');
    expect(listSources(corpus, { q: 'no such words' })).toEqual([]);
  });
});
