import { describe, expect, it } from 'vitest';
import { findPhrasalVerbs } from '@/lib/retrieve/phrasal-verbs';
import { findAliases } from '@/lib/retrieve/aliases';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { questionTerms, type TermStats } from '@/lib/retrieve/question-terms';

describe('findPhrasalVerbs', () => {
  it('reads a phrasal verb as the plain verbs the thesis writes', () => {
    expect(findPhrasalVerbs('did mexico set up some kind of memorial?')).toEqual([{ alias: 'set up', expansion: 'established created' }]);
    expect(findPhrasalVerbs('after Mexican authorities locked up a handful of seamen')).toEqual([{ alias: 'locked up', expansion: 'arrested' }]);
    // An object may stand between the verb and its particle.
    expect(findPhrasalVerbs('What finally pulled Mexico into WWII?')).toEqual([{ alias: 'pulled into', expansion: 'drawn into' }]);
    // "going after" someone is chasing him, but only with nothing between: "went to Korea after the war" is not.
    expect(findPhrasalVerbs('who was Pershing going after in 1916?')).toEqual([{ alias: 'going after', expansion: 'chasing pursued' }]);
    expect(findPhrasalVerbs('Which troops went to Korea after 1950?')).toEqual([]);
    expect(findPhrasalVerbs('Why did Mexico give the helicopters back?')).toEqual([{ alias: 'give back', expansion: 'returned' }]);
    expect(findPhrasalVerbs('When did Panama break away from Colombia?').map((p) => p.expansion)).toEqual(['seceded break']);
    expect(findPhrasalVerbs('whether countries get along depends on their relationship').map((p) => p.expansion)).toEqual(['cooperate relations']);
    expect(findPhrasalVerbs('how many Colombians went through American military instruction?').map((p) => p.expansion)).toEqual(['received attended']);
    expect(findPhrasalVerbs("What is holding back Mexico's military from cooperating?").map((p) => p.expansion)).toEqual(['obstacles hindered restricts']);
    expect(findPhrasalVerbs("How many hurdles stand in Mexico's way?").map((p) => p.expansion)).toEqual(['obstacles']);
  });

  it('leaves the same words alone when they are not one verb', () => {
    expect(findPhrasalVerbs('What set of policies did the United States adopt?')).toEqual([]);
    expect(findPhrasalVerbs('How much did the United States give to Colombia over the years, up to 2012?')).toEqual([]);
    expect(findPhrasalVerbs('Who took the oath in Bogotá?')).toEqual([]);
  });

  it('joins the aliases, so the answer need not have the phrasal verb but its plain verbs count', () => {
    expect(findAliases('did mexico set up a memorial to the US invasions?').map((a) => a.alias)).toEqual(['set up']);
    const stats: TermStats = { idf: () => 2, df: () => 3 };
    const terms = questionTerms(analyzeQuery('did mexico set up a memorial to the US invasions?', []), stats).map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['establish', 'creat', 'memorial']));
    expect(terms).not.toContain('set');
  });
});
