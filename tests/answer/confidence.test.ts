import { describe, expect, it } from 'vitest';
import { confidenceOf, offeredYears } from '@/lib/answer/extractive/plan';
import type { Scored } from '@/lib/answer/extractive/score';
import type { QuestionTerm } from '@/lib/retrieve/question-terms';
import { terms } from '@/lib/retrieve/tokenize';

const scored = (text: string, window: string, index: number, fit: number): Scored => {
  const bag = (t: string) => ({ terms: new Set(terms(t)), words: new Set(t.toLowerCase().split(/\W+/)) });
  return { c: { text, passage: 1, index, rank: 0, kind: 'passage', section: 'II.E', tableTitle: null, footnoted: false, ...bag(text), window: bag(window) }, score: 1, cov: 0.6, windowCov: 0.6, fit } as unknown as Scored;
};
const term = (t: string, anchor = false): QuestionTerm => ({ term: t, weight: 3, anchor, known: true, own: true, surface: t });

describe('confidenceOf', () => {
  it('loses confidence when the figure comes from a sentence about other years than the one asked', () => {
    const question = 'How many Mexican officers trained at WHINSEC in 2010?';
    const q = [term('whinsc', true), term('2010', true), term('train'), term('mexican', true)];
    const renamed = scored('In 2001, the school was renamed WHINSC.', 'In 2001, the school was renamed WHINSC. It trained Mexican officers.', 0, 0);
    const counted = scored('From 1946 to 1995, the school trained 766 Mexican officers.', 'From 1946 to 1995, the school trained 766 Mexican officers.', 2, 1);
    const dated = scored('In 2010, the school trained 40 Mexican officers.', 'In 2010, the school trained 40 Mexican officers.', 2, 1);
    const ofAskedYear = confidenceOf(renamed, [renamed, dated], q, 'how-many', question);
    expect(ofAskedYear).toBeGreaterThan(0);
    expect(confidenceOf(renamed, [renamed, counted], q, 'how-many', question)).toBeLessThan(0.25 * ofAskedYear);
  });

  it('loses confidence when the figure comes from a sentence about another span than the one asked', () => {
    const question = 'How many Mexican officers graduated from U.S. schools between 2000 and 2015?';
    const q = [term('whinsc', true), term('2000-2015', true), term('graduat'), term('mexican', true)];
    const renamed = scored('In 2001, the school was renamed WHINSC.', 'In 2001, the school was renamed WHINSC. It trained Mexican officers.', 0, 0);
    const counted = scored('From 1946 to 1995, the school trained 766 Mexican officers.', 'From 1946 to 1995, the school trained 766 Mexican officers.', 2, 1);
    const inSpan = scored('In 2010, the school trained 40 Mexican officers.', 'In 2010, the school trained 40 Mexican officers.', 2, 1);
    const ofSpan = confidenceOf(renamed, [renamed, inSpan], q, 'how-many', question);
    expect(ofSpan).toBeGreaterThan(0);
    expect(confidenceOf(renamed, [renamed, counted], q, 'how-many', question)).toBeLessThan(0.25 * ofSpan);
  });

  it('takes either year a question offers as a choice', () => {
    expect(offeredYears('When did the Mérida Initiative start, 2007 or 2008?')).toEqual(['2007', '2008']);
    expect(offeredYears('What happened in 2007 and 2008?')).toEqual([]);
    const question = 'When did the initiative start, 2007 or 2008?';
    const q = [term('initiativ', true), term('start'), term('2007', true), term('2008', true)];
    const text = 'President Bush signed the initiative in 2007.';
    const one = scored(text, text, 0, 1);
    const both = confidenceOf(one, [one], q, 'when', question);
    expect(both).toBeGreaterThan(confidenceOf(one, [one], q, 'when', 'When did the initiative start in 2007 and end in 2008?'));
  });

  it('loses less for a name or year the answer’s passage gives outside the sentence’s window', () => {
    const question = 'What did the U.S. military worry about in 1846?';
    const q = [term('1846', true), term('worry'), term('military')];
    const text = 'The military worried about its southern border.';
    const inPassage = scored(text, text, 3, 1);
    inPassage.c.passageTerms = new Set([...terms(text), ...terms('In 1846, war began.')]);
    const elsewhere = scored(text, text, 3, 1);
    elsewhere.c.passageTerms = new Set(terms(text));
    const missing = confidenceOf(elsewhere, [elsewhere], q, 'what', question);
    expect(missing).toBeGreaterThan(0);
    expect(confidenceOf(inPassage, [inPassage], q, 'what', question)).toBeGreaterThan(1.3 * missing);
  });
});

