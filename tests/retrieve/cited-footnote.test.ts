import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { footnoteOnBestSentence, withCitedFootnote } from '@/lib/retrieve/cited-footnote';
import { askedFootnote, withNamedFootnote } from '@/lib/retrieve/named-footnote';
import { questionTerms, type TermStats } from '@/lib/retrieve/question-terms';
import type { CorpusRecord } from '@/lib/types';

function rec(id: string, text: string, footnotes: number[] = [], kind: CorpusRecord['kind'] = 'passage'): CorpusRecord {
  return { id, kind, doc: 'thesis', section: 'III.C', sectionTitle: null, pages: null, text, searchText: text, footnotes, order: 0 };
}

const uniform: TermStats = { idf: () => 1, df: () => 1 };
const q = (text: string) => questionTerms(analyzeQuery(text, []), uniform);

const lancero = rec(
  'thesis:III.C:5',
  'In 1955, the U.S. Army decided to create a Ranger course in Colombia.¹³⁷ Colombians call this course the “Lancero” course; it still trains soldiers today. Colombian soldiers learn combat skills in the jungle.¹³⁸',
  [137, 138],
);

describe('the footnote on the claim a source question asks about', () => {
  it('takes the marker inside the best sentence, or else the next one after it', () => {
    expect(footnoteOnBestSentence(lancero, q('Which source is cited for the decision to create a Ranger course in 1955?'))).toBe(137);
    expect(footnoteOnBestSentence(lancero, q('source for the Lancero course info'))).toBe(138);
    expect(footnoteOnBestSentence(rec('thesis:I:1', 'No markers here at all.'), q('source for this'))).toBeNull();
  });

  it('puts that footnote right after the first passage among the top hits, keeping k', () => {
    const bib = rec('bib:info-2009', 'Info-Prod Research. “Southern Command Builds Capacity.” 2009.', [], 'bibliography');
    const other = rec('thesis:II:1', 'Another passage.');
    const fn138 = rec('thesis:fn:138', 'Jane Crichton, “U.S. Army Military Personnel Exchange Program in Colombia Strengthens Armies,” 2011.', [138], 'footnote');
    const hits = [bib, lancero, other].map((record, i) => ({ record, score: 3 - i }));
    const out = withCitedFootnote(hits, q('source for the Lancero course info'), (_doc, n) => (n === 138 ? fn138 : undefined));
    expect(out.map((h) => h.record.id)).toEqual(['bib:info-2009', 'thesis:III.C:5', 'thesis:fn:138']);
  });
});

describe('a footnote named in the question', () => {
  it('puts the footnote and the passage carrying it first, keeping k', () => {
    const fn138 = rec('thesis:fn:138', 'Jane Crichton, “U.S. Army Military Personnel Exchange Program in Colombia Strengthens Armies,” 2011.', [138], 'footnote');
    const other = rec('thesis:II:1', 'Another passage.');
    const third = rec('thesis:II:2', 'A third passage.');
    const hits = [other, third, fn138].map((record, i) => ({ record, score: 3 - i }));
    const records = [other, third, lancero, fn138];
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(withNamedFootnote(hits, 'footnote 138 source?', records, byId).map((h) => h.record.id)).toEqual(['thesis:fn:138', 'thesis:III.C:5', 'thesis:II:1']);
    expect(withNamedFootnote(hits, 'Who trained pilots?', records, byId)).toBe(hits);
    expect(askedFootnote('What is cited in note #76?')).toBe(76);
  });
});
