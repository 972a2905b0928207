import { describe, expect, it } from 'vitest';
import { asksEffect, effectCause, EFFECT_WEIGHT } from '@/lib/retrieve/effect-question';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { questionTerms, type TermStats } from '@/lib/retrieve/question-terms';

const uniform: TermStats = { idf: () => 1, df: () => 1 };

describe('effect questions', () => {
  it('reads questions asking what something led to', () => {
    expect(asksEffect('How did the Mexican-American War affect cooperation?')).toBe(true);
    expect(asksEffect('What impact did 9/11 have on cooperation with Mexico?')).toBe(true);
    expect(asksEffect('What was the effect of the Tampico Affair?')).toBe(true);
    expect(asksEffect('How has corruption shaped cooperation?')).toBe(true);
    expect(asksEffect('Which individuals had an impact on cooperation?')).toBe(false);
    expect(asksEffect('How did Mexico change its constitution in 1917?')).toBe(true);
    expect(asksEffect('What changed in 1917?')).toBe(false);
  });

  it('finds what the effect is asked of', () => {
    expect(effectCause('How did the 2016 peace deal with the FARC affect cooperation?')).toBe('the 2016 peace deal with the FARC');
    expect(effectCause('What impact did Plan Colombia have on the Colombian military?')).toBe('Plan Colombia');
    expect(effectCause('What was the effect of 9/11 on cooperation?')).toBe('9/11');
    expect(effectCause('Which individuals had an impact on cooperation?')).toBeNull();
  });

  it('keeps the consequence words out of what an answer must cover and down-weights them in the lexical query', () => {
    const q = 'How did the Korean War affect relations with Colombia?';
    expect(questionTerms(analyzeQuery(q, []), uniform).map((t) => t.term)).not.toContain('affect');
    expect(analyzeQuery(q, []).terms.find((t) => t.term === 'affect')?.weight).toBe(EFFECT_WEIGHT);
    // Elsewhere "impact" is a word like any other.
    expect(questionTerms(analyzeQuery('Which individuals had an impact on cooperation?', []), uniform).map((t) => t.term)).toContain('impact');
  });
});
