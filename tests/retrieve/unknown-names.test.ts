import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { questionTerms, unknownSignals, type TermStats } from '@/lib/retrieve/question-terms';
import { terms, words } from '@/lib/retrieve/tokenize';

/** A thesis that uses every word asked about, writes "Operation MARTILLO", "World War II" and "Command Sergeant Major Michael M. Balch". */
const body = ' operation martillo was a success | in world war ii the just cause of the allies | command sergeant major michael balch | the mexican airforce ';
const NAMES = new Set(terms('Operation MARTILLO World War Balch Mexican Air Force'));
const stats: TermStats = {
  idf: () => 1,
  df: () => 1,
  isName: (t) => NAMES.has(t),
  hasPhrase: (p) => body.includes(` ${words(p).join(' ')} `),
};
const unknown = (q: string) => unknownSignals(questionTerms(analyzeQuery(q, []), stats)).unknownAnchors;

describe('names the thesis never writes', () => {
  it('are unknown when two or more of their words are common words the thesis never writes in a row', () => {
    expect(unknown('What was Operation Desert Storm?')).toEqual(['desert', 'storm']);
    expect(unknown('When did Operation Enduring Freedom begin?')).toEqual(['endur', 'freedom']);
  });

  it('are known when the thesis writes them, or writes two of their words in a row', () => {
    expect(unknown('What was Operation MARTILLO?')).toEqual([]);
    expect(unknown('What happened in the Second World War?')).toEqual([]);
    expect(unknown('What did Command Sergeant Major Balch expand?')).toEqual([]);
  });

  it('are known when fewer than two of their words are common ones (the thesis may write them otherwise)', () => {
    expect(unknown('What did the Mexican Air Force do?')).toEqual([]);
  });

  it('are left alone without phrase statistics', () => {
    const { hasPhrase: _none, ...plain } = stats;
    expect(unknownSignals(questionTerms(analyzeQuery('What was Operation Desert Storm?', []), plain)).unknownAnchors).toEqual([]);
  });
});
