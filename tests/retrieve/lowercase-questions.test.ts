import { describe, expect, it } from 'vitest';
import { acronymExpansions, analyzeQuery, isLowercase } from '@/lib/retrieve/analyze-query';
import { properNouns } from '@/lib/retrieve/proper-nouns';
import { questionTerms, type TermStats } from '@/lib/retrieve/question-terms';
import { idTokens, terms } from '@/lib/retrieve/tokenize';

describe('questions typed without capitals', () => {
  it('are told from questions that simply name nothing', () => {
    expect(isLowercase('did colombia fight in vietnam')).toBe(true);
    expect(isLowercase('How many helicopters did they get?')).toBe(false);
  });

  it('read years typed short as years, and leave counts alone', () => {
    expect(terms('ties with mexico from 92 to 95')).toEqual(terms('ties with Mexico from 1992 to 1995'));
    expect(terms("what did lawmakers require in '94")).toEqual(terms('what did lawmakers require in 1994'));
    expect(analyzeQuery('in 94 what did lawmakers require', []).years).toEqual(['1994']);
    expect(terms('rose from 92 to 95 percent in 30 days')).toContain('92');
    expect(terms('the 24 pilots trained in 30 days')).toEqual(expect.arrayContaining(['24', '30']));
  });

  it('read "world war 2" as World War II and "the us" as the country', () => {
    expect(terms('what did mexico do in world war 2')).toEqual(terms('What did Mexico do in World War II?'));
    expect(terms('why did mexico distrust the us')).toEqual(terms('Why did Mexico distrust the U.S.?'));
    // The pronoun stays a stopword.
    expect(terms('tell us about it')).toEqual(terms('tell about it'));
  });

  it('learn the names from how the corpus writes them', () => {
    const names = properNouns(['The troops of Colombia went to Korea in 1951.', 'Later Colombia and Mexico met; the army trained, and the Army of Colombia grew.']);
    expect(names.has('colombia')).toBe(true);
    expect(names.has('korea')).toBe(true);
    // Written in lowercase elsewhere, or only opening a sentence: not a name.
    expect(names.has('army')).toBe(false);
    expect(names.has('later')).toBe(false);
  });

  it('take the corpus names as anchors, but not a role word', () => {
    const stats: TermStats = { idf: () => 2, df: () => 1, isName: (t) => ['vietnam', 'colombia', 'general', 'wilhelm'].includes(t) };
    const anchors = (q: string) => questionTerms(analyzeQuery(q, []), stats).filter((t) => t.anchor).map((t) => t.term);
    expect(anchors('did colombia fight in vietnam')).toEqual(['colombia', 'vietnam']);
    expect(anchors('who was general wilhelm')).toEqual(['wilhelm']);
    // With capitals, the question's own casing decides.
    expect(anchors('Did they fight in vietnam?')).toEqual([]);
    // A country is a name though the corpus never mentions it: the question is about it.
    expect(anchors('was venezuela at unitas')).toContain('venezuela');
  });

  it('read acronyms of three letters or more, and "ww2" as World War II rather than an identifier', () => {
    const acronyms = [{ short: 'NORTHCOM', long: 'United States Northern Command' }, { short: 'EO', long: 'Executive Order' }];
    expect(acronymExpansions('when was northcom created', acronyms).map((a) => a.expansion)).toEqual(['United States Northern Command']);
    expect(acronymExpansions('what did eo 9080 do', acronyms)).toEqual([]);
    expect(acronymExpansions('When was northcom created?', acronyms)).toEqual([]);
    expect(idTokens('how did mexico help the allies in ww2')).toEqual([]);
  });
});
