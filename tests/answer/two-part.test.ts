import { beforeAll, describe, expect, it } from 'vitest';
import { addOtherPart, questionParts } from '@/lib/answer/extractive/two-part';
import type { Scored } from '@/lib/answer/extractive/score';
import { contentWords, terms } from '@/lib/retrieve/tokenize';
import { answerQuestion } from '@/lib/answer/answer-question';
import type { WordSimilarity } from '@/lib/retrieve/word-similarity';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

const at = (text: string, index: number, passage = 1) =>
  ({ c: { text, raw: text, passage, index, recordId: `thesis:II.D:${passage}`, terms: new Set(terms(text)), words: new Set(contentWords(text)) }, score: 0.5, cov: 0.4, windowCov: 0.4, fit: 0.5 }) as unknown as Scored;

describe('questionParts', () => {
  it('splits a question joined by "and" plus a question word', () => {
    expect(questionParts('What did Perry’s meetings lead to, and what were its subgroups supposed to focus on?')).toEqual(['What did Perry’s meetings lead to', 'what were its subgroups supposed to focus on?']);
    expect(questionParts('Who met Acevedo in 1939 and where did he fly to later that year?')?.[1]).toBe('where did he fly to later that year?');
    expect(questionParts('Who met Acevedo and Stone in 1939?')).toBeNull();
  });
});

/** Words sharing their first five letters count as the same ("meetings"/"meeting"), as GloVe has them close. */
const sim = Object.assign((a: string, b: string) => (a.slice(0, 5) === b.slice(0, 5) ? 1 : 0), {}) as WordSimilarity;

describe('addOtherPart', () => {
  const q = 'What did Perry’s meetings in Mexico lead to, and what were its subgroups supposed to focus on?';
  const subgroups = at('Cooperation within subgroups emphasized counter narcotics, disaster relief and education.', 2);
  const group = at('This meeting in Mexico led to a U.S.-Mexico Bilateral Working Group.', 1);

  it('adds the sentence near the best one that says the part the answer leaves unsaid', () => {
    const picks = [subgroups];
    addOtherPart(picks, [subgroups, at('Perry visited in 1995.', 0, 2), group], q, 4, sim);
    expect(picks).toEqual([subgroups, group]);
  });

  it('adds nothing for a single question, a part already said, or a sentence sharing one word by chance', () => {
    const picks = [subgroups];
    addOtherPart(picks, [subgroups, group], 'What were the subgroups supposed to focus on?', 4, sim);
    expect(picks).toEqual([subgroups]);
    const both = [subgroups, group];
    addOtherPart(both, [subgroups, group, at('Perry met many leaders in Mexico to discuss meetings.', 3)], 'What did Mexico’s meetings lead to, and what were its subgroups supposed to focus on?', 4, sim);
    expect(both).toEqual([subgroups, group]);
    const chance = [subgroups];
    addOtherPart(chance, [subgroups, at('Mexico hosted exercises.', 1)], q, 4, sim);
    expect(chance).toEqual([subgroups]);
  });
});

describe('two-part questions on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('looks near every sentence of the answer, and takes a part as said only in its own words', () => {
    const scene = at('Since 2010, the U.S. Army stationed flight instructors in Melgar.', 0);
    const pilots = at('These instructors train 50 Colombian pilots annually.', 3);
    const fleet = at('The school operates 30 Bell OH-58 helicopters.', 4);
    const picks = [scene, pilots];
    const close = Object.assign((a: string, b: string) => (a === b || (a === 'aircraft' && b === 'helicopters') || (a === 'fly' && b === 'flight') ? 1 : 0), {}) as WordSimilarity;
    addOtherPart(picks, [scene, at('Since 2001, advisors trained there.', 1), at('Officials granted permanent status.', 2), pilots, fleet], 'At the Melgar school, how many pilots are trained each year, and what aircraft does the school fly?', 4, close);
    expect(picks).toEqual([scene, pilots, fleet]);
  });

  it('answers both parts when they sit in adjacent sentences', async () => {
    const r = await answerQuestion(store, 'What did Perry’s meetings in Mexico lead to institutionally, and what were its subgroups supposed to focus on?', { llm: null });
    expect(r.answer).toContain('Bilateral Working Group');
    expect(r.answer).toContain('counter narcotics');
  });
});
