import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '@/lib/answer/answer-question';
import { countedWords } from '@/lib/answer/extractive/type-cues';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

describe('the thing a count question counts', () => {
  it('reads "What is the number of …" as "how many" does', () => {
    expect(countedWords('What is the number of U.S. Army flight instructors stationed at Melgar, Colombia?')).toEqual(['instructors']);
    expect(countedWords('what was the total number of ships sunk?')).toEqual(['ships']);
  });

  describe('on the real thesis', () => {
    let store: Store;
    beforeAll(async () => {
      store = await loadStore(await testDataDir());
    });

    it('answers with a figure for the counted thing, whatever nation trained it', async () => {
      const soldiers = await answerQuestion(store, 'in october 2002 roughly how many colombian soldiers got US military training to fight the FARC?', { llm: null });
      expect(soldiers.answer).toMatch(/4,000/);
      const troops = await answerQuestion(store, 'roughly how many mexican troops took courses at the school of the americas in 1996-1997?', { llm: null });
      expect(troops.answer).toMatch(/500/);
    });

    it('abstains when no figure counts the thing asked for', async () => {
      const r = await answerQuestion(store, 'What is the number of U.S. Army flight instructors stationed at Melgar, Colombia?', { llm: null });
      expect(r.abstained).toBe(true);
    });
  });
});
