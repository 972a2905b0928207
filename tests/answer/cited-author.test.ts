import { describe, expect, it } from 'vitest';
import { askedCitedAuthor, byAuthor, citingRecords, footnotesCiting } from '@/lib/answer/extractive/cited-author';
import type { BibliographyEntry, CorpusRecord, Footnote } from '@/lib/types';

describe('askedCitedAuthor', () => {
  it('reads questions about where and how often the thesis cites an author', () => {
    expect(askedCitedAuthor('Which claims cite Turbiville?')).toBe('Turbiville');
    expect(askedCitedAuthor('Which claims in Chapter II cite Turbiville?')).toBe('Turbiville');
    expect(askedCitedAuthor('How many footnotes cite Ramsey?')).toBe('Ramsey');
    expect(askedCitedAuthor('What does the thesis cite Deare for?')).toBe('Deare');
    expect(askedCitedAuthor('How often is Coleman cited?')).toBe('Coleman');
    expect(askedCitedAuthor("Where does the thesis cite Downie's article?")).toBe('Downie');
  });
  it('leaves source questions about a topic, and names that are not authors, to the usual answer', () => {
    expect(askedCitedAuthor('Which sources does the thesis cite about the Merida Initiative?')).toBeNull();
    expect(askedCitedAuthor('What source supports the claim that Mexico lost half its land?')).toBeNull();
    expect(askedCitedAuthor('Which claims cite them?')).toBeNull();
    expect(askedCitedAuthor('Who wrote this thesis?')).toBeNull();
  });
});

describe('footnotesCiting', () => {
  const bib = [
    { id: 'turbiville-2010', authors: ['Graham H. Turbiville Jr.'], text: '', title: 'U.S. Military Engagement with Mexico', venue: null, date: null, year: 2010, url: null },
    { id: 'ramsey-1967', authors: ['Russell W. Ramsey'], text: '', title: 'The Colombian Battalion in Korea and Suez', venue: null, date: null, year: 1967, url: null },
  ] as BibliographyEntry[];
  const fn = (n: number, form: Footnote['form'], sourceId: string | null, ibidOf: number | null = null) => ({ n, form, sourceId, ibidOf, text: '', chunkIds: [] }) as unknown as Footnote;
  const corpus = { bibliography: bib, footnotes: [fn(1, 'full', 'turbiville-2010'), fn(2, 'ibid', null, 1), fn(3, 'full', 'ramsey-1967'), fn(4, 'short', 'turbiville-2010')] };

  it('finds every footnote citing a work by the author, Ibid. included', () => {
    expect(byAuthor(bib[0], 'Turbiville')).toBe(true);
    expect(byAuthor(bib[0], 'Turbi')).toBe(false);
    expect(footnotesCiting(corpus, 'Turbiville')).toEqual([1, 2, 4]);
    expect(footnotesCiting(corpus, 'Ramsey')).toEqual([3]);
    expect(footnotesCiting(corpus, 'Nobody')).toEqual([]);
  });

  it('finds the records carrying their markers, in the part the question names', () => {
    const rec = (id: string, section: string, footnotes: number[], kind = 'passage') => ({ id, section, footnotes, kind }) as CorpusRecord;
    const records = [rec('a', 'II.B', [1, 2]), rec('b', 'III.C', [3]), rec('c', 'IV.A', [4]), rec('fn', 'II.B', [1], 'footnote'), rec('row', 'II.F', [4], 'table-row')];
    expect(citingRecords('Which claims cite Turbiville?', 'Turbiville', corpus, records).map((r) => r.id)).toEqual(['a', 'c']);
    expect(citingRecords('Which claims in Chapter IV cite Turbiville?', 'Turbiville', corpus, records).map((r) => r.id)).toEqual(['c']);
  });
});
