import { describe, expect, it } from 'vitest';
import { asksLeastCited, asksMostCited, mostCitedSources } from '@/lib/answer/extractive/most-cited';
import type { BibliographyEntry, Footnote } from '@/lib/types';

describe('asksMostCited', () => {
  it('reads questions about the sources the thesis relies on most', () => {
    expect(asksMostCited('Which sources does the thesis cite most?')).toBe(true);
    expect(asksMostCited('Who is the most cited author?')).toBe(true);
    expect(asksMostCited('What are the main sources of the thesis?')).toBe(true);
    // A quoted phrase is looked up, not read as the question: "most" in it asks for nothing.
    expect(asksMostCited('Who does the thesis cite for the phrase "the most similar systems design"?')).toBe(false);
    expect(asksMostCited('Which author does the thesis rely on most heavily?')).toBe(true);
  });
  it('leaves questions about one claim or one author alone', () => {
    expect(asksMostCited('Which source does the thesis cite for the eleven interventions?')).toBe(false);
    expect(asksMostCited('Which claims cite Turbiville?')).toBe(false);
    expect(asksMostCited('What did Colombia need most?')).toBe(false);
    expect(asksMostCited('Which theory does the thesis use most?')).toBe(false);
    expect(asksMostCited('Which works does the thesis lean on most?')).toBe(true);
  });
});

describe('mostCitedSources', () => {
  const entry = (id: string): BibliographyEntry => ({ id, text: id, authors: [id], title: id, year: '2000' }) as unknown as BibliographyEntry;
  const note = (n: number, sourceId: string | null, ibidOf: number | null = null): Footnote =>
    ({ n, text: sourceId ?? 'Ibid.', sourceId, ibidOf, form: ibidOf === null ? 'full' : 'ibid' }) as unknown as Footnote;
  it('counts the footnotes citing each entry, Ibid. included, most first', () => {
    const corpus = { bibliography: [entry('a'), entry('b'), entry('c')], footnotes: [note(1, 'b'), note(2, 'a'), note(3, null, 2), note(4, 'a'), note(5, 'b')] };
    const top = mostCitedSources(corpus, 2);
    expect(top.map((s) => [s.entry.id, s.notes])).toEqual([
      ['a', [2, 3, 4]],
      ['b', [1, 5]],
    ]);
  });
});

describe('least-cited questions', () => {
  it('read the other end of the count', () => {
    expect(asksLeastCited('Which sources are cited only once?')).toBe(true);
    expect(asksLeastCited('What are the least cited works?')).toBe(true);
    expect(asksLeastCited('Which sources does the thesis cite most?')).toBe(false);
    expect(asksLeastCited('Was the battalion cited once for bravery?')).toBe(false);
  });
});
