import { describe, expect, it } from 'vitest';
import { buildCitedAnswer } from '@/lib/cite/build-citations';
import { corpusIndex } from '@/lib/cite/corpus-index';
import { footnotesForQuote } from '@/lib/cite/footnotes';
import { citationLabel, shortSource } from '@/lib/cite/label';
import { corpus, passageA, passageB, passages, record } from './fixtures';

describe('footnotes on a quote', () => {
  const index = corpusIndex(corpus);

  it('resolves markers inside the quote to bibliography entries', () => {
    const quote = 'Mexico lost over half of its land to the north, approximately 525,000 square miles.³⁶';
    const [fn] = footnotesForQuote(passageA, quote, index);
    expect(fn).toMatchObject({ n: 36, pages: '4', inQuote: true, source: { id: 'turbiville-2010' } });
  });

  it('follows Ibid. to the source of the footnote it repeats', () => {
    const [fn] = footnotesForQuote(passageB, 'General Pershing was chasing Pancho Villa for disturbing U.S. citizens.³⁸', index);
    expect(fn.source?.id).toBe('turbiville-2010');
  });

  it('falls back to the next marker in the record when the quote has none', () => {
    const quote = 'In 1916, Army General Pershing crossed the U.S./Mexico border into Northern Mexico with 10,000+ troops.';
    expect(footnotesForQuote(passageB, quote, index)).toMatchObject([{ n: 38, inQuote: false }]);
  });
});

describe('labels', () => {
  it('reads like a printed citation', () => {
    const [fn] = footnotesForQuote(passageA, 'approximately 525,000 square miles.³⁶', corpusIndex(corpus));
    expect(citationLabel({ section: 'II.B', pages: { start: 16, end: 19 }, footnotes: [fn] })).toBe(
      'Thesis pp. 16–19, §II.B; the thesis cites Turbiville 2010, p. 4.',
    );
    const bib = (text: string, authors: string[], title: string, year: number | null) => ({ text, authors, title, year });
    expect(shortSource(bib('Turbiville Jr., Graham H. "U.S. Military Engagement."', ['Graham H. Turbiville Jr.'], 'U.S. Military Engagement', 2010))).toBe('Turbiville 2010');
    expect(shortSource(bib('. "Mexico\'s Distrust is stirred by Axis." 1942.', ['New York Times'], "Mexico's Distrust is stirred by Axis", 1942))).toBe('“Mexico\'s Distrust is stirred by Axis” 1942');
    expect(shortSource(bib('Axelrod, Robert, and Robert O. Keohane. "Achieving."', ['Robert Axelrod', 'Robert O. Keohane'], 'Achieving', 1985))).toBe('Axelrod and Keohane 1985');
  });
});

describe('buildCitedAnswer', () => {
  it('renumbers in order of first use, quotes verbatim and verifies', () => {
    const raw =
      'Mexico lost approximately 525,000 square miles.[2] In 1916, Army General Pershing crossed the U.S./Mexico border into Northern Mexico with 10,000+ troops.[1][7]';
    const r = buildCitedAnswer(raw, passages, corpus);
    expect(r.answer).toBe(
      'Mexico lost approximately 525,000 square miles.[1] In 1916, Army General Pershing crossed the U.S./Mexico border into Northern Mexico with 10,000+ troops.[2]',
    );
    expect(r.citations.map((c) => c.id)).toEqual([passageA.id, passageB.id]);
    expect(passageA.text).toContain(r.citations[0].quote);
    expect(r.citations[0].quote).toBe('Mexico lost over half of its land to the north, approximately 525,000 square miles.³⁶');
    expect(r.citations[0].footnotes[0].n).toBe(36);
    expect(r.sentences.every((s) => s.supported)).toBe(true);
    expect(r.verification).toEqual({ citationRecall: 1, citationPrecision: 1 });
  });

  it('flags a sentence whose figures its citation does not contain', () => {
    const r = buildCitedAnswer('Pershing crossed the border with 50,000 troops.[1]', passages, corpus);
    expect(r.sentences[0]).toMatchObject({ supported: false, citations: [1] });
    expect(r.verification.citationRecall).toBe(0);
    expect(r.verification.citationPrecision).toBe(0);
  });

  it('checks each sentence against all the footnotes of the record it cites, not only those on the quote', () => {
    // passageA's first sentence carries footnote 35 (Wilson), its last footnote 36 (Turbiville, p. 4).
    const raw =
      'From 1836 to 1917, the U.S. military intervened in Mexico on eleven separate occasions.[2] The thesis cites Graham H. Turbiville, “U.S. Military Engagement with Mexico” (2010), p. 4.[2]';
    const r = buildCitedAnswer(raw, passages, corpus);
    expect(r.citations[0].footnotes.map((f) => f.n)).toEqual([35]);
    expect(r.sentences.map((s) => s.supported)).toEqual([true, true]);
  });

  it('quotes far-apart sentences of one record separately, with the footnotes on each', () => {
    const long = record({
      id: 'thesis:II.E:p9',
      text:
        'In 1919, U.S. troops crossed into Juarez to fight Villa supporters.³⁵ The Mexican Army was fighting in the city at the time. ' +
        'Mexican officials protested the crossing. The press covered the protests for weeks. ' +
        'By 1920, the two armies had agreed on informal border patrols.³⁶',
      footnotes: [35, 36],
    });
    const raw = 'In 1919, U.S. troops crossed into Juarez to fight Villa supporters.[1] By 1920, the two armies had agreed on informal border patrols.[1]';
    const r = buildCitedAnswer(raw, [{ n: 1, record: long, score: 1 }], corpus);
    expect(r.citations).toHaveLength(1);
    expect(r.citations[0].quotes).toEqual([
      'In 1919, U.S. troops crossed into Juarez to fight Villa supporters.³⁵',
      'By 1920, the two armies had agreed on informal border patrols.³⁶',
    ]);
    expect(r.citations[0].quote).toBe(r.citations[0].quotes[0]);
    expect(r.citations[0].footnotes.map((f) => f.n)).toEqual([35, 36]);
    // Close sentences still make one span.
    const near = buildCitedAnswer('In 1919, U.S. troops crossed into Juarez.[1] The Mexican Army was fighting in the city.[1]', [{ n: 1, record: long, score: 1 }], corpus);
    expect(near.citations[0].quotes).toHaveLength(1);
  });

  it('counts a sentence without citations as unsupported and an irrelevant citation against precision', () => {
    const r = buildCitedAnswer('The United States declared war on Mexico in 1846.[2][1] Mexico is large.', passages, corpus);
    expect(r.sentences.map((s) => s.supported)).toEqual([true, false]);
    expect(r.verification.citationRecall).toBe(0.5);
    expect(r.verification.citationPrecision).toBe(0.5);
  });
});

describe("citations of a cited source's own text", () => {
  it('are labelled by the source and its page, not as thesis pages', () => {
    const sourcePassage = {
      ...passageA,
      id: 'sources/turbiville-2010.pdf:p4:1',
      kind: 'source-passage' as const,
      doc: 'sources/turbiville-2010.pdf',
      section: null,
      sectionTitle: 'Turbiville 2010',
      pages: { start: 4, end: 4 },
      text: 'The Mexican Army remained skeptical of U.S. military objectives toward Mexico.',
      searchText: 'The Mexican Army remained skeptical of U.S. military objectives toward Mexico.',
      footnotes: [],
    };
    const r = buildCitedAnswer('The Mexican Army remained skeptical of U.S. military objectives.[1]', [{ ...passages[0], record: sourcePassage }], corpus);
    expect(r.citations[0].label).toBe('Turbiville 2010, p. 4.');
  });
});
