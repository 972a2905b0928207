import type { NumberedPassage } from '@/lib/cite/types';
import type { BibliographyEntry, CorpusRecord, Footnote } from '@/lib/types';

export function record(partial: Partial<CorpusRecord> & { id: string; text: string }): CorpusRecord {
  return {
    kind: 'passage',
    doc: 'thesis',
    section: 'II.B',
    sectionTitle: 'PRIOR TO WORLD WAR II',
    pages: { start: 16, end: 19 },
    searchText: partial.text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]/g, ''),
    footnotes: [],
    order: 0,
    ...partial,
  };
}

export function footnote(n: number, text: string, sourceId: string | null, extra: Partial<Footnote> = {}): Footnote {
  return { n, text, searchText: text, form: 'full', sourceId, pages: null, ibidOf: null, section: 'II.B', sentence: '', chunkIds: [], ...extra };
}

export function entry(id: string, text: string, authors: string[], title: string, year: number, url: string | null = null): BibliographyEntry {
  return { id, text, authors, title, venue: null, date: null, year, url };
}

export const passageA = record({
  id: 'thesis:II.B:p2',
  text:
    'From 1836 to 1917, the U.S. military and the Mexican military engaged each other on the battlefield, and historical records indicate that the U.S. military intervened in Mexico on eleven separate occasions.³⁵ The United States declared war on Mexico in 1846 because former President James Polk felt Mexico had invaded U.S. territory. Mexico lost over half of its land to the north, approximately 525,000 square miles.³⁶',
  footnotes: [35, 36],
});

export const passageB = record({
  id: 'thesis:II.B:p4',
  section: 'II.B',
  pages: { start: 17, end: 18 },
  text: 'In 1916, Army General Pershing crossed the U.S./Mexico border into Northern Mexico with 10,000+ troops. General Pershing was chasing Pancho Villa for disturbing U.S. citizens.³⁸',
  footnotes: [38],
});

export const corpus = {
  footnotes: [
    footnote(35, 'S. Brian Wilson, “The Slippery Slope: U.S. Military Moves into Mexico,” *Mexico/Zapatistas* (blog), April 8, 1998, <http://www.brianwillson.com/>.', 'wilson-1998', { pages: null }),
    footnote(36, 'Graham H. Turbiville, Jr., “U.S. Military Engagement with Mexico,” 2010, 4.', 'turbiville-2010', { pages: '4' }),
    footnote(37, 'Turbiville, Jr., "U.S. Military Engagement with Mexico," 4-5.', 'turbiville-2010', { form: 'short', pages: '4-5' }),
    footnote(38, 'Ibid., 5.', null, { form: 'ibid', ibidOf: 37, pages: '5' }),
  ],
  bibliography: [
    entry('wilson-1998', 'Wilson, S. Brian. “The Slippery Slope: U.S. Military Moves into Mexico.” *Mexico/Zapatistas* (blog), April 8, 1998.', ['S. Brian Wilson'], 'The Slippery Slope: U.S. Military Moves into Mexico', 1998, 'http://www.brianwillson.com/'),
    entry('turbiville-2010', 'Turbiville Jr., Graham H. “U.S. Military Engagement with Mexico: Uneasy Past and Challenging Future.” JSOU Report 10-2. Hurlburt Field, FL: The JSOU Press, 2010.', ['Graham H. Turbiville Jr.'], 'U.S. Military Engagement with Mexico: Uneasy Past and Challenging Future', 2010),
  ],
};

export const passages: NumberedPassage[] = [
  { n: 1, record: passageB, score: 0.9 },
  { n: 2, record: passageA, score: 0.8 },
];
