import { beforeAll, describe, expect, it } from 'vitest';
import { checksClaim, claimedValues, statesClaimedKind } from '@/lib/answer/extractive/claim-check';
import type { QuestionTerm } from '@/lib/retrieve/question-terms';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

const term = (t: string, anchor = true): QuestionTerm => ({ term: t, weight: 3, anchor, known: false, own: true, surface: t });

describe('claim checks', () => {
  it('reads a yes/no question or a statement with a tag as a claim to check', () => {
    expect(checksClaim('Is it true that Congress capped U.S. personnel in Colombia at 1,000?')).toBe(true);
    expect(checksClaim('The battalion got the U.N. service medal in January 1952, right?')).toBe(true);
    expect(checksClaim("Pershing took 10,000 troops, didn't he?")).toBe(true);
    expect(checksClaim('How many troops did Pershing take into Mexico in 1916?')).toBe(false);
  });

  it("takes the claim's figures the answer does not repeat as checked, and wants a value of their kind instead", () => {
    const q = [term('1952'), term('medal', false), term('1951')];
    const claimed = claimedValues('The battalion got the medal in 1952, right?', q, new Set(['medal', '1951']));
    expect(claimed.map((t) => t.term)).toEqual(['1952']);
    expect(claimedValues('When did the battalion get the medal in 1952?', q, new Set())).toEqual([]);
    expect(statesClaimedKind(claimed, ['On January 4, 1953, it received the U.N. service medal.'])).toBe(true);
    expect(statesClaimedKind(claimed, ['The battalion received the U.N. service medal.'])).toBe(false);
    expect(statesClaimedKind([term('1000')], ['Congress set a cap of 800 personnel.'])).toBe(true);
  });
});

describe('claim checks on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('corrects a claimed figure or year with the one the thesis gives', async () => {
    const cap = await answerQuestion(store, 'Is it true that Congress capped U.S. military personnel in Colombia at 1,000 at a time?', { llm: null });
    expect(cap.abstained).toBe(false);
    expect(cap.answer).toContain('800');
    const medal = await answerQuestion(store, 'The Colombian battalion got the U.N. service medal in January 1952, right?', { llm: null });
    expect(medal.abstained).toBe(false);
    expect(medal.answer).toContain('1953');
  });

  it('still abstains when the question asks about a year the thesis never gives, rather than checking a claim', async () => {
    const r = await answerQuestion(store, 'When did the Colombian battalion get the U.N. service medal in 1952?', { llm: null });
    expect(r.abstained).toBe(true);
  });
});
