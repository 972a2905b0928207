import { describe, expect, it } from 'vitest';
import { addContrastingTurn, addCounterEvidence, saysOtherwise } from '@/lib/answer/extractive/counter-evidence';
import type { Scored } from '@/lib/answer/extractive/score';
import type { QuestionTerm } from '@/lib/retrieve/question-terms';
import { terms } from '@/lib/retrieve/tokenize';

const scored = (text: string, passage: number, score: number): Scored => {
  const bag = { terms: new Set(terms(text)), words: new Set(text.toLowerCase().split(/\W+/)) };
  return { c: { text, passage, index: 0, rank: passage, kind: 'passage', section: 'II', tableTitle: null, footnoted: false, ...bag, window: bag }, score, cov: 0.5, windowCov: 0.5, fit: 0.5 } as unknown as Scored;
};
const anchor = (term: string): QuestionTerm => ({ term, weight: 3, anchor: true, known: true, own: true, surface: term });

describe('saysOtherwise', () => {
  it('tells a denial or an exception from a plain statement', () => {
    expect(saysOtherwise('It provides military advisors.', 'It does not specify U.S. personnel shall reside there.')).toBe(true);
    expect(saysOtherwise('The constitution prohibits a garrison.', 'Troops cannot garrison unless congress approves.')).toBe(true);
    expect(saysOtherwise('Troops cannot garrison there.', 'A garrison is not allowed.')).toBe(false);
    expect(saysOtherwise('It provides advisors.', 'It provides equipment.')).toBe(false);
  });
});

describe('addCounterEvidence', () => {
  const best = scored('The Mérida Initiative provides funding and military advisors.', 1, 1);
  const same = scored('The Mérida Initiative does not say where they live.', 1, 0.9);
  const other = scored('The Mérida Initiative does not specify U.S. military personnel shall reside in Mexico.', 2, 0.6);
  const unnamed = scored('Plan Colombia does not specify personnel.', 3, 0.8);
  const weak = scored('The Mérida Initiative does not fund bases.', 4, 0.4);
  const q = terms('Mérida Initiative').map(anchor);

  it('adds the best sentence from another passage that names what the question names and says otherwise', () => {
    const picks = [best];
    addCounterEvidence(picks, [best, same, unnamed, other, weak], q, 'Does the Mérida Initiative provide military advisors?', 4);
    expect(picks).toEqual([best, other]);
  });

  it('leaves questions that are not yes-or-no, full answers and weak sentences alone', () => {
    const picks = [best];
    addCounterEvidence(picks, [best, other], q, 'What does the Mérida Initiative provide?', 4);
    expect(picks).toEqual([best]);
    addCounterEvidence(picks, [best, other], q, 'Does the Mérida Initiative provide advisors?', 1);
    expect(picks).toEqual([best]);
    addCounterEvidence(picks, [best, weak], q, 'Does the Mérida Initiative provide advisors?', 4);
    expect(picks).toEqual([best]);
  });

  it('takes the names a question gives from the sentence\'s passage when its window lacks them', () => {
    // "In 1917, Mexico adopted a new constitution …" sets the scene two sentences before "… unless congress approves".
    const bans = scored('The Mexican constitution of 1917 bans a garrison of foreign units.', 1, 1);
    const unless = scored('Foreign troops cannot garrison in Mexican territory unless congress approves.', 2, 0.6);
    const year = [anchor('1917')];
    const picks = [bans];
    addCounterEvidence(picks, [bans, unless], year, 'Can foreign troops be based in Mexico under the 1917 constitution?', 4);
    expect(picks).toEqual([bans]);
    unless.c.passageTerms = new Set([...unless.c.terms, '1917']);
    addCounterEvidence(picks, [bans, unless], year, 'Can foreign troops be based in Mexico under the 1917 constitution?', 4);
    expect(picks).toEqual([bans, unless]);
  });
});

describe('addContrastingTurn', () => {
  const at = (text: string, index: number, cov = 0.3) =>
    ({ c: { text: text.replace(/^However,\s*/, ''), raw: text, passage: 1, index }, score: 0.5, cov, windowCov: cov, fit: 0.5 }) as unknown as Scored;
  const capture = at('In 1991, U.S. Special Forces assisted with the capture of Pablo Escobar.', 0, 0.8);
  const escaped = at('However, shortly after his arrest, Escobar escaped from jail.', 1);

  it('joins a sentence a little further on that turns against the best one, for a yes/no question', () => {
    const picks = [capture];
    addContrastingTurn(picks, [capture, at('He led a cartel.', 2), escaped], 'After the 1991 capture of Pablo Escobar, did he stay in prison?', 4);
    expect(picks).toEqual([capture, escaped]);
  });

  it('leaves other questions, turns sharing no word with the question, and full answers alone', () => {
    const picks = [capture];
    addContrastingTurn(picks, [capture, escaped], 'What happened to Pablo Escobar in 1991?', 4);
    expect(picks).toEqual([capture]);
    addContrastingTurn(picks, [capture, at(escaped.c.raw, 1, 0)], 'Did Escobar stay in prison?', 4);
    expect(picks).toEqual([capture]);
    addContrastingTurn(picks, [capture, escaped], 'Did Escobar stay in prison?', 1);
    expect(picks).toEqual([capture]);
  });
});
