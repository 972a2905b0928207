import { beforeAll, describe, expect, it } from 'vitest';
import { asksToll, tellsToll } from '@/lib/answer/extractive/toll';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

describe('asksToll and tellsToll', () => {
  it('reads a question counting the dead or wounded', () => {
    expect(asksToll('how many colombians were wounded in combat in korea')).toBe(true);
    expect(asksToll('How many Colombian casualties were there?')).toBe(true);
    expect(asksToll('How many Colombian soldiers went to Korea?')).toBe(false);
  });

  it('finds a figure told beside a word for the loss, not a year or a figure of something else', () => {
    expect(tellsToll('the Colombians lost 131 men and 448 others sustained combat wounds.')).toBe(true);
    expect(tellsToll('When the fighting ended, 62 soldiers were dead, 47 were wounded.')).toBe(true);
    expect(tellsToll('Escobar was killed in 1993.')).toBe(false);
    expect(tellsToll('Colombia provided an infantry battalion and a naval vessel to fight in Korea in 1951.')).toBe(false);
  });
});

describe('tolls on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('answers how many Colombians were wounded in Korea with the figure, not a sentence naming Korea alone', async () => {
    for (const q of ['How many Colombians were wounded in combat during the Korean War?', 'how many colombian soldiers were wounded in combat in korea']) {
      const r = await answerQuestion(store, q, { llm: null });
      expect(r.abstained, q).toBe(false);
      expect(r.answer, q).toMatch(/\b448\b/);
    }
  });

  it('still abstains when the thesis gives no such count', async () => {
    const r = await answerQuestion(store, 'How many Mexican pilots of the 201st Fighter Squadron were wounded in the Philippines?', { llm: null });
    expect(r.abstained).toBe(true);
  });
});
