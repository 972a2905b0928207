import { beforeAll, describe, expect, it } from 'vitest';
import { juxtaposedCause, reasonedRestatement, reasonOnlyElsewhere, tellsLaterEvent } from '@/lib/answer/extractive/reasoned-restatement';
import type { QuestionTerm } from '@/lib/retrieve/question-terms';
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

  it('takes a reason told of a later year as another event\'s', () => {
    const left = sentence(1, 4, 'In 1997, Secretary Perry left office and the military relationship began to taper off.', 1.2, 0);
    const returned = sentence(1, 5, 'In 1999, Mexican military officials returned the helicopters because they were outdated.', 0.9, 1);
    const earlier = sentence(1, 3, 'In 1995, the talks stalled because Mexico feared occupation.', 0.9, 1);
    expect(tellsLaterEvent(returned, left)).toBe(true);
    expect(tellsLaterEvent(earlier, left)).toBe(false);
    expect(tellsLaterEvent(sentence(1, 5, 'This happened because he retired in 1999.', 0.9, 1), left)).toBe(false);
    expect(tellsLaterEvent(returned, sentence(1, 4, 'Secretary Perry left office.', 1.2, 0))).toBe(false);
    expect(reasonOnlyElsewhere(left, [left, returned])).toBe(true);
    expect(reasonOnlyElsewhere(left, [left, earlier])).toBe(false);
  });

  it('reads a clause put before the asked event with "and" as its cause', () => {
    const term = (t: string): QuestionTerm => ({ term: t, weight: 1, anchor: false, known: true, own: true, surface: t }) as QuestionTerm;
    const left = sentence(1, 4, 'In 1997, Secretary Perry left office and the military relationship between the two countries began to taper off.', 1.2, 0);
    expect(juxtaposedCause(left, ['military', 'relationship', 'taper', '1997'].map(term))).toBe(true);
    expect(juxtaposedCause(left, ['secretary', 'perry', 'leav', 'offic', '1997'].map(term))).toBe(false);
    expect(juxtaposedCause(sentence(1, 0, 'The relationship began to taper off in 1997.', 1, 0), ['relationship', 'taper'].map(term))).toBe(false);
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

  it('abstains on why Perry left office, and answers why the relationship faded with his leaving', async () => {
    const left = await answerQuestion(store, 'Why did William Perry resign as Secretary of Defense in 1997?', { llm: null });
    expect(left.answer).not.toContain('because they were outdated');
    const faded = await answerQuestion(store, 'Why did the U.S.-Mexico military relationship start to taper off in 1997?', { llm: null });
    expect(faded.abstained).toBe(false);
    expect(faded.answer).toContain('Perry left office');
  });

  it('abstains on why the School of the Americas was renamed, which the thesis never says', async () => {
    const r = await answerQuestion(store, 'Why was the School of the Americas given a new name in 2001?', { llm: null });
    expect(r.abstained).toBe(true);
  });
});
