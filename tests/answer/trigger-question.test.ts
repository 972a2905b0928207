import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

describe('questions asking what set an event off, on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('answers with the sentence whose "when" clause tells the trigger', async () => {
    for (const question of ['What pushed Mexico into World War II alongside the United States?', 'What made Mexico finally get drawn into WWII on the side of the U.S.?']) {
      const r = await answerQuestion(store, question, { llm: null });
      expect(r.abstained).toBe(false);
      expect(r.answer.split('[')[0]).toContain('German U-boats');
    }
  });
});
