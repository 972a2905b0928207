import { describe, expect, it } from 'vitest';
import { inPart, partReference } from '@/lib/retrieve/part-reference';
import { questionTerms, type TermStats } from '@/lib/retrieve/question-terms';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';

describe('partReference', () => {
  it('reads the part of the thesis a question points to', () => {
    expect(partReference('According to the concluding chapter, why does the United States want cooperation?')).toMatchObject({ span: 'concluding chapter', sections: ['IV'] });
    expect(partReference('Why, according to Chapter IV, did no sovereignty disputes arise?')).toMatchObject({ sections: ['IV'] });
    expect(partReference('Per the summary at the front of the thesis, what will partnership take?')).toMatchObject({ abstract: true });
    // The thesis's findings, asked for with nothing else to look for, are what its abstract states.
    expect(partReference('what did the author conclude')).toMatchObject({ abstract: true });
    expect(partReference("What are the thesis's main findings?")).toMatchObject({ abstract: true });
    expect(partReference('What are the main findings?')).toMatchObject({ abstract: true });
    expect(partReference('What did the author find about Mexico?')).toBeNull();
    expect(partReference('Why does the abstract say cooperation with Mexico has stayed low?')).toMatchObject({ abstract: true });
    expect(partReference('According to the introduction, who should find this research significant?')).toMatchObject({ sections: ['I'] });
    // The thesis's own section on further research; the verb may follow "does the thesis".
    expect(partReference('What further research does the thesis suggest?')).toMatchObject({ span: 'further research', sections: ['IV.D'] });
    expect(partReference('What case studies could future research use?')).toMatchObject({ span: 'future research', sections: ['IV.D'] });
    expect(partReference('What future research would help?')).toMatchObject({ sections: ['IV.D'] });
    expect(partReference('What does the thesis recommend for future research?')).toMatchObject({ sections: ['IV.D'] });
    // Continuing the study, in other words.
    expect(partReference('if someone wanted to build on this study, what evidence would help most?')).toMatchObject({ span: 'build on this study', sections: ['IV.D'] });
    expect(partReference('what would make the evidence stronger if someone continued this research')).toMatchObject({ sections: ['IV.D'] });
    expect(partReference('What should future studies look at?')).toMatchObject({ sections: ['IV.D'] });
    expect(partReference('How did the U.S. continue the work of General Sullivan?')).toBeNull();
    // The main argument is what the abstract states.
    expect(partReference('What is the main argument of the thesis?')).toMatchObject({ abstract: true });
    expect(partReference('What is this thesis about?')).toMatchObject({ abstract: true });
    // "lit review" for the literature review; the verb after it may be one of using or giving.
    expect(partReference('What example does the lit review use to show that enemies cooperate little?')).toMatchObject({ span: 'lit review', sections: ['I.A'] });
    expect(partReference('Which theories does the literature review discuss?')).toMatchObject({ sections: ['I.A'] });
    // What the author thinks must be done is recommended in the abstract and the sections on continuing and adjusting cooperation.
    expect(partReference('What does the author think U.S. generals need to do differently to win over Mexico?')).toEqual({ span: 'need to do differently', abstract: true, sections: ['IV.B', 'IV.C'] });
    expect(partReference('What does the thesis recommend Washington keep funding in Colombia?')).toMatchObject({ span: 'recommend', abstract: true, sections: ['IV.B', 'IV.C'] });
    expect(partReference('what should colombian pilots learn per the recommendations')).toMatchObject({ span: 'per the recommendations' });
    expect(partReference('What did the 1995 agreement recommend?')).toBeNull();
  });

  it('places a record in a part of the abstract and sections alike', () => {
    const recommending = partReference('What does the author recommend for Mexico?')!;
    expect(inPart(recommending, 'abstract', null)).toBe(true);
    expect(inPart(recommending, 'passage', 'IV.C')).toBe(true);
    expect(inPart(recommending, 'passage', 'II.E')).toBe(false);
    expect(inPart(partReference('What does the abstract say?')!, 'passage', 'IV.C')).toBe(false);
  });

  it('ignores the same words when they are not where to look', () => {
    expect(partReference('What was the conclusion of the Mexican Revolution?')).toBeNull();
    expect(partReference('Which chapter of the constitution bans foreign troops?')).toBeNull();
    expect(partReference('What is the main argument of Turbiville?')).toBeNull();
    expect(partReference('Did further research funding go to Colombia?')).toBeNull();
  });

  it('places records in the part by kind and section', () => {
    const ch4 = partReference('In Chapter IV, what is recommended?')!;
    expect(inPart(ch4, 'paragraph', 'IV.B')).toBe(true);
    expect(inPart(ch4, 'paragraph', 'II.G')).toBe(false);
    const abs = partReference('According to the abstract, what does cooperation depend on?')!;
    expect(inPart(abs, 'abstract', null)).toBe(true);
    expect(inPart(abs, 'paragraph', 'I')).toBe(false);
  });

  it('keeps the words naming the part out of the terms an answer must cover', () => {
    const stats: TermStats = { idf: () => 1, df: () => 1 };
    const terms = (q: string) => questionTerms(analyzeQuery(q, []), stats).map((t) => t.term);
    expect(terms('According to the concluding chapter, why does Mexico cooperate?')).not.toContain('chapter');
    expect(terms('Which chapter of the constitution bans foreign troops?')).toContain('chapter');
  });

  it('keeps the words asking for an example out of the terms an answer must cover', () => {
    const stats: TermStats = { idf: () => 1, df: () => 1 };
    const terms = (q: string) => questionTerms(analyzeQuery(q, []), stats).map((t) => t.term);
    const asked = terms('What example does the author use to show that enemies cooperate little?');
    expect(asked).toEqual(expect.arrayContaining(['enemy', 'cooperat']));
    for (const framing of ['exampl', 'use', 'show']) expect(asked).not.toContain(framing);
    // "What does the author think …" frames the question like "argue" and "claim".
    expect(terms('What does the author think U.S. leaders need to do?')).not.toContain('think');
    // Asked the other way round: "which countries does the author use as an example of …".
    const asWhat = terms('Which pair of countries does the author use as an example of two foes?');
    for (const framing of ['exampl', 'use']) expect(asWhat).not.toContain(framing);
    // An example that is itself the subject stays.
    expect(terms('Was Plan Colombia an example of liberal cooperation?')).toContain('exampl');
  });
});
