import { describe, expect, it } from 'vitest';
import { buildBm25, scoreBm25 } from '@/lib/retrieve/bm25';
import { foldText, idTokens, stem, terms } from '@/lib/retrieve/tokenize';

describe('tokenize', () => {
  it('folds accents and case', () => {
    expect(foldText('Mérida')).toBe('merida');
  });
  it('stems plurals and verb forms without touching numbers', () => {
    expect(stem('militaries')).toBe('military');
    expect(stem('trained')).toBe('train');
    expect(stem('training')).toBe('train');
    expect(stem('1942')).toBe('1942');
    // "found themselves outgunned" is not "the ELN was founded".
    expect(stem('founded')).not.toBe(stem('found'));
    // A bare form ending in e meets its -ed, -ing and -s forms.
    expect(new Set(['retire', 'retired', 'retiring', 'retires'].map(stem))).toEqual(new Set(['retir']));
    expect(new Set(['declare', 'declared', 'declares'].map(stem)).size).toBe(1);
    // Four-letter words too: "move" meets "moved", "base" meets "based".
    expect(new Set(['move', 'moved', 'moves', 'moving'].map(stem)).size).toBe(1);
    expect(new Set(['base', 'based', 'bases'].map(stem)).size).toBe(1);
    expect(new Set(['agree', 'agreed', 'agreeing', 'agrees'].map(stem))).toEqual(new Set(['agree']));
    expect(stem('proceed')).toBe('proceed');
    expect(stem('succeeded')).toBe(stem('succeed'));
    expect(stem('committee')).toBe(stem('committees'));
    expect(stem('found')).toBe(stem('finding'));
    expect(terms('USSOUTHCOM and USNORTHCOM')).toEqual(['southcom', 'northcom']);
    expect(stem('us')).toBe('us');
    expect(terms('a fifteen-country drill')).toEqual(terms('a 15-country drill'));
    expect(terms('the two countries')).toContain('two');
    // The thesis typed one figure with a space after its separator: "some 32, 458 Colombians".
    expect(terms('some 32, 458 Colombians')).toEqual(terms('32,458 Colombians'));
    expect(terms('between 1999, 2004')).toEqual(['1999', '2004']);
    // Forms of "do" say nothing, whichever: "done" is not a rare word "don".
    expect(terms('the screening done by their partners')).toEqual(['screen', 'partner']);
  });
  it('reads an adjective in -ional as its noun, and "congressional" as "Congress"', () => {
    expect(stem('regional')).toBe(stem('region'));
    expect(stem('institutional')).toBe(stem('institutions'));
    expect(stem('congressional')).toBe(stem('Congress'.toLowerCase()));
    expect(stem('presidential')).toBe(stem('president'));
    // "international" is not "nation", and short words keep their ending.
    expect(stem('international')).not.toBe(stem('nation'));
    expect(stem('general')).toBe('general');
  });
  it('reads contractions and "US" as words, not stray letters', () => {
    expect(terms("Why couldn't the task force arrest smugglers?")).toEqual(['not', 'task', 'forc', 'arrest', 'smuggler']);
    // "who's" and "whats" are "who is" and "what is": no stray "s" term, no "what".
    expect(terms("who's the scholar? whats the number? it's Colombia's army")).toEqual(['scholar', 'number', 'colombia', 's', 'army']);
    expect(terms('Why can’t it? It won’t.')).toEqual(['not', 'not']);
    // "US" in capitals is the country; "us" is a pronoun.
    expect(terms('Why does the US military help us?')).toEqual(['usa', 'military', 'help']);
    // "%" is the word "percent": a share is told from a page number ("Theory, 80.").
    expect(terms('almost 80% of all cocaine')).toEqual(['almost', '80', 'percent', 'all', 'cocain']);
    // A year range written short is two years, not a year and a figure.
    expect(terms('after the 1846-48 war')).toEqual(['1846', '1848', 'war']);
    expect(terms('USA')).toEqual(terms('U.S.'));
    // Personal pronouns name nothing ("Where did the author earn his degree?").
    expect(terms('he earned his degree and she hers')).toEqual(['earn', 'degree']);
    // "Per the summary at the front …" frames where to look; "per" names nothing.
    expect(terms('Per the summary')).toEqual(['summary']);
  });
  it('keeps figures and drops stopwords and footnote markers', () => {
    expect(terms('Congress appropriated $2.8 billion in 2008.⁶')).toEqual(['congress', 'appropriat', '2.8', 'billion', '2008']);
    expect(terms('1,500 troops')).toEqual(['1500', 'troop']);
  });
});

describe('bm25', () => {
  const index = buildBm25([
    { id: 'a', text: 'The Mérida Initiative funded Mexican security forces.' },
    { id: 'b', text: 'Plan Colombia funded the Colombian military against the FARC.' },
    { id: 'c', text: 'The weather in Monterey is mild.', boosts: [{ text: 'Mexico', weight: 1 }] },
  ]);
  const score = (q: string) => scoreBm25(index, terms(q).map((term) => ({ term, weight: 1 })));

  it('ranks the document sharing rare terms first', () => {
    const s = score('Merida Initiative funding');
    expect(s[0]).toBeGreaterThan(s[1]);
    expect(s[2]).toBe(0);
  });
  it('scores boosted fields', () => {
    expect(score('Mexico')[2]).toBeGreaterThan(0);
  });
  it('indexes identifiers whole, so "H2" finds H₂ and not every "2"', () => {
    const ids = buildBm25([
      { id: 'h', text: 'H₂: The liberal hypothesis correlates with internal instability.' },
      { id: 't', text: 'Table 2 is adapted from Joint Special Operations University Report 10–2.' },
    ]);
    const s = scoreBm25(ids, [{ term: 'h2', weight: 1 }]);
    expect(s[0]).toBeGreaterThan(0);
    expect(s[1]).toBe(0);
    expect(idTokens('UH-60s, P-47s and the C-130J')).toEqual(['uh60', 'p47', 'c130j']);
  });
  it('weights query terms', () => {
    const full = scoreBm25(index, [{ term: 'farc', weight: 1 }])[1];
    const half = scoreBm25(index, [{ term: 'farc', weight: 0.5 }])[1];
    expect(half).toBeCloseTo(full / 2);
  });
});
