import { beforeAll, describe, expect, it } from 'vitest';
import { reasonedRestatement, reasonOnlyElsewhere } from '@/lib/answer/extractive/reasoned-restatement';
import type { Scored } from '@/lib/answer/extractive/score';
import { answerType } from '@/lib/answer/extractive/type-cues';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

const sentence = (passage: number, index: number, text: string, score: number, fit: number, cov = 0.5) =>
  ({ c: { passage, index, text }, score, fit, cov, windowCov: cov }) as unknown as Scored;

describe('reasonedRestatement', () => {
  const ban = sentence(2, 0, 'Second, the Mexican constitution of 1917 specifically bans a garrison of foreign military units in Mexico.', 1.5, 0);
  const passed = sentence(1, 3, 'However, Mexico passed a constitution in 1917 that prohibits a garrison of foreign military units.', 1.35, 0);
  const reason = sentence(1, 4, 'The reason for this is simple: Mexico did not want a perceived "occupying force" in its country.', 1.0, 1, 0.3);
  const all = [ban, passed, reason];
  const at = (scored: Scored[]) => (p: number, i: number) => scored.find((s) => s.c.passage === p && s.c.index === i);

  it('leads with another telling of the event when a reason follows it and none is near the best sentence', () => {
    expect(reasonedRestatement(ban, all, at(all))).toBe(passed);
  });

  it('leaves the best sentence when it gives a reason, when one is beside it, or when the other telling is far behind', () => {
    expect(reasonedRestatement(reason, all, at(all))).toBeUndefined();
    const near = [...all, sentence(2, 1, 'This was because Mexico feared occupation.', 0.5, 1, 0.2)];
    expect(reasonedRestatement(ban, near, at(near))).toBeUndefined();
    const weak = [ban, sentence(1, 3, passed.c.text, 1.0, 0), reason];
    expect(reasonedRestatement(ban, weak, at(weak))).toBeUndefined();
  });

  it('finds a why-answer whose only reason comes from another record', () => {
    const renamed = sentence(1, 2, 'In 2001, the School of the Americas was renamed WHINSC.', 1.2, 0);
    const other = sentence(2, 0, 'Colombia wanted support because the FARC grew stronger.', 0.6, 1);
    expect(reasonOnlyElsewhere(renamed, [renamed, other])).toBe(true);
    expect(reasonOnlyElsewhere(renamed, [renamed, sentence(1, 3, 'It was renamed because of criticism.', 0.6, 1)])).toBe(false);
    expect(reasonOnlyElsewhere(renamed, [renamed])).toBe(false);
    expect(reasonOnlyElsewhere(other, [other, renamed])).toBe(false);
  });

  it('reads "what is the reason behind …" as a why-question', () => {
    expect(answerType("According to the conclusion, what is the reason behind Mexico's constitutional ban on foreign troops?", 'why')).toBe('why');
    expect(answerType('What was the main reason for the cut?', 'why')).toBe('why');
    expect(answerType('What caused the cut?', 'why')).toBe('what');
  });
});

describe('reasons told after another telling, on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('answers the reason for the ban on foreign garrisons with the sentence giving it', async () => {
    const r = await answerQuestion(store, "According to the conclusion, what is the reason behind Mexico's constitutional ban on foreign troops being garrisoned in the country?", { llm: null });
    expect(r.abstained).toBe(false);
    expect(r.answer).toContain('occupying force');
  });

  it('abstains on why the School of the Americas was renamed, which the thesis never says', async () => {
    const r = await answerQuestion(store, 'Why was the School of the Americas given a new name in 2001?', { llm: null });
    expect(r.abstained).toBe(true);
  });
});
