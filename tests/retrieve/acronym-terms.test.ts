import { describe, expect, it } from 'vitest';
import { coverage, questionTerms, type TermStats } from '@/lib/retrieve/question-terms';
import { acronymExpansions, analyzeQuery } from '@/lib/retrieve/analyze-query';
import { contentWords, terms } from '@/lib/retrieve/tokenize';

const ACRONYMS = [{ short: 'NORTHCOM', long: 'United States Northern Command' }];
const stats: TermStats = { idf: () => 2, df: () => 3 };
const bag = (text: string) => ({ terms: new Set(terms(text)), words: new Set(contentWords(text)) });

describe('acronyms as question terms', () => {
  it('pairs each expansion with the form the question used', () => {
    expect(acronymExpansions('When was NORTHCOM established?', ACRONYMS)).toEqual([{ expansion: 'United States Northern Command', source: 'NORTHCOM' }]);
    expect(acronymExpansions('What does United States Northern Command do?', ACRONYMS)).toEqual([{ expansion: 'NORTHCOM', source: 'United States Northern Command' }]);
  });

  it('matches an acronym only as itself, not a word it starts with', () => {
    const q = questionTerms(analyzeQuery('When was NORTHCOM established?', ACRONYMS), stats);
    const northcom = q.find((t) => t.term === 'northcom')!;
    expect(northcom.exact).toBe(true);
    expect(coverage([northcom], bag('The North America Aerospace Defense Command was established in 1958.'))).toBe(0);
    expect(coverage([northcom], bag('In 2002, the United States established NORTHCOM.'))).toBe(1);
  });

  it('counts a text naming the acronym as covering its expansion, so spelling both out earns nothing extra', () => {
    const q = questionTerms(analyzeQuery('When was NORTHCOM established?', ACRONYMS), stats);
    const short = coverage(q, bag('In 2002, the United States established NORTHCOM.'));
    const both = coverage(q, bag('Admiral Gortney, Commander, United States Northern Command (NORTHCOM), established a liaison.'));
    expect(short).toBe(1);
    expect(both).toBe(1);
  });

  it('counts a text naming the acronym as covering the words the question spelt out', () => {
    const aor = [{ short: 'AOR', long: 'Area of Responsibility' }];
    const q = questionTerms(analyzeQuery("What is NORTHCOM's area of responsibility?", aor), stats);
    const spelt = q.filter((t) => t.own && ['area', 'responsibility'].includes(t.term));
    expect(spelt).toHaveLength(2);
    expect(coverage(spelt, bag('NORTHCOM’s “AOR includes air, land, and sea approaches.”'))).toBe(1);
    expect(coverage(spelt, bag('NORTHCOM includes air, land, and sea approaches.'))).toBe(0);
  });

  it('leaves out the words that frame a question ("go about", "the number of")', () => {
    const own = (q: string) => questionTerms(analyzeQuery(q, []), stats).map((t) => t.term);
    expect(own('How did the author go about comparing the two countries?')).not.toContain('go');
    // "arise", "occur" say only that something happened, as "happen" does.
    expect(own('Why did sovereignty disputes not arise between Colombia and the United States?')).not.toContain('aris');
    expect(own('Why did sovereignty disputes not arise between Colombia and the United States?')).toContain('disput');
    expect(own('number of us personnel allowed in colombia')).not.toContain('number');
    expect(own('number of us personnel allowed in colombia')).toContain('personnel');
  });
});
