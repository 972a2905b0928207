import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { questionTerms, unknownSignals, type TermStats } from '@/lib/retrieve/question-terms';
import { words } from '@/lib/retrieve/tokenize';

/** A thesis that uses every word asked about, and names Operation MARTILLO and the Mérida Initiative. */
const body = ' operation martillo was a success | a just cause | the merida initiative funded mexico | the punitive actions ';
const stats: TermStats = { idf: () => 1, df: () => 1, hasPhrase: (p) => body.includes(` ${words(p).join(' ')} `) };
const unknown = (q: string, s: TermStats = stats) => unknownSignals(questionTerms(analyzeQuery(q, []), s)).unknownAnchors;

describe('names of operations and programs the thesis never writes', () => {
  it('are unknown, though each of their words is known', () => {
    expect(unknown('What was Operation Just Cause?')).toEqual(['just', 'caus']);
    expect(unknown('What did the Rio Treaty require?')).toEqual(['rio']);
  });

  it('are known when the thesis writes them, in any case or accent', () => {
    expect(unknown('What was Operation MARTILLO?')).toEqual([]);
    expect(unknown('What did the Merida Initiative provide?')).toEqual([]);
  });

  it('leave descriptive names alone (the thesis may tell of them in other words), and need phrase statistics', () => {
    expect(unknown('Who commanded the Punitive Expedition?')).toEqual([]);
    const { hasPhrase: _none, ...plain } = stats;
    expect(unknown('What was Operation Just Cause?', plain)).toEqual([]);
  });
});
