import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '@/lib/answer/answer-question';
import { countedWords } from '@/lib/answer/extractive/type-cues';
import { countsWithFigure } from '@/lib/answer/extractive/detail-evidence';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

describe('the thing a count question counts', () => {
  it('reads "What is the number of …" as "how many" does', () => {
    expect(countedWords('What is the number of U.S. Army flight instructors stationed at Melgar, Colombia?')).toEqual(['instructors']);
    expect(countedWords('what was the total number of ships sunk?')).toEqual(['ships']);
    // A designation before the counted noun is a name, not the noun.
    expect(countedWords('How many F-5 aircraft did Mexico receive?')).toEqual(['aircraft']);
    expect(countedWords('How many UH-1H helicopters did the U.S. give?')).toEqual(['helicopters']);
  });

  it('takes neither a sum of money nor a multiple for a number of things', () => {
    const aid = 'Aid in the form of U.S. F-5 planes and Bell helicopters came with about $750 million in other U.S. equipment.';
    expect(countsWithFigure(aid, ['aircraft'], (a, b) => (b === 'planes' || b === 'equipment' ? 0.7 : 0), [], true)).toBe(false);
    expect(countsWithFigure('Mexico received 10 times more U.S. planes than before.', ['planes'], undefined, [], true)).toBe(false);
    expect(countsWithFigure('The school operates 30 Bell OH-58 planes.', ['planes'], undefined, [], true)).toBe(true);
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
      const f5 = await answerQuestion(store, 'How many F-5 aircraft did Mexico receive from the U.S. in the late 1980s and early 1990s?', { llm: null });
      expect(f5.abstained).toBe(true);
    });
  });
});
