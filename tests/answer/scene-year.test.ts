import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

// A year the question names may be given earlier in the answer's passage, which sets the scene.
describe('a year the passage gives outside the sentence', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('costs a sentence only half its loss when the passage gives it', async () => {
    const r = await answerQuestion(store, "In 2009, which branch of Mexico's armed forces posted its own liaison inside the U.S. homeland-defense headquarters?", { llm: null });
    expect(r.answer).toMatch(/SEDENA/);
  });

  it('still costs a date or a figure all of it: a count must be of the asked year', async () => {
    const r = await answerQuestion(store, 'how many US troops crossed into Juarez in 1919', { llm: null });
    expect(r.abstained).toBe(true);
  });
});
