import { describe, expect, it } from 'vitest';
import { answerMatches, summarizeAnswers, type AnswerOutcome } from '@/lib/eval/answer-metrics';

const outcome = (o: Partial<AnswerOutcome>): AnswerOutcome => ({
  id: 'x',
  cat: 'event',
  unanswerable: false,
  abstained: false,
  correct: true,
  valid: true,
  recall: 1,
  precision: 1,
  citeHit: null,
  ...o,
});

describe('answer metrics', () => {
  it('matches any and all answer strings, folded', () => {
    expect(answerMatches('In 1942, the Mérida …', ['1942'])).toBe(true);
    expect(answerMatches('High, then it began to taper off', ['High'], ['High', 'taper off'])).toBe(true);
    expect(answerMatches('High', ['High'], ['High', 'taper off'])).toBe(false);
  });

  it('reports no accuracy for a set of near misses only, rather than 100%', () => {
    const m = summarizeAnswers([outcome({ cat: 'unanswerable', unanswerable: true, abstained: true }), outcome({ cat: 'unanswerable', unanswerable: true, abstained: false, correct: false })]);
    expect(m.accuracy).toBeNull();
    expect(m.abstentionCorrectAnswerable).toBeNull();
    expect(m.abstentionCorrectUnanswerable).toBe(0.5);
  });

  it('counts accuracy and abstention both ways', () => {
    const m = summarizeAnswers([outcome({}), outcome({ correct: false }), outcome({ abstained: true, correct: false }), outcome({ cat: 'unanswerable', unanswerable: true, abstained: true })]);
    expect(m.accuracy).toBeCloseTo(1 / 3);
    expect(m.abstentionCorrectAnswerable).toBeCloseTo(2 / 3);
    expect(m.abstentionCorrectUnanswerable).toBe(1);
  });

  it('counts abstentions whose closest passages hold the gold, and unanswerable questions still given leads', () => {
    const m = summarizeAnswers([
      outcome({ abstained: true, correct: false, leadsShown: true, leadHit: true }),
      outcome({ abstained: true, correct: false, leadsShown: false, leadHit: false }),
      outcome({ abstained: true, correct: false, leadsShown: true, leadHit: null }),
      outcome({}),
      outcome({ cat: 'unanswerable', unanswerable: true, abstained: true, leadsShown: true }),
      outcome({ cat: 'unanswerable', unanswerable: true, abstained: true, leadsShown: false }),
      outcome({ cat: 'unanswerable', unanswerable: true, abstained: false, correct: false }),
    ]);
    expect(m.leadsToGold).toEqual({ hit: 1, n: 2 });
    expect(m.leadsOnUnanswerable).toEqual({ shown: 1, n: 2 });
  });
});
