import { describe, expect, it } from 'vitest';
import { askedComparison, sideQuestion } from '@/lib/answer/extractive/comparison';

describe('askedComparison', () => {
  it('reads the two things a comparison names', () => {
    expect(askedComparison('What is the difference between realism and liberalism?')).toEqual(['realism', 'liberalism']);
    expect(askedComparison('What are the differences between Plan Colombia and the Merida Initiative?')).toEqual(['Plan Colombia', 'Merida Initiative']);
    expect(askedComparison('Plan Colombia vs. the Merida Initiative')).toEqual(['Plan Colombia', 'Merida Initiative']);
    expect(askedComparison('How does realism differ from liberalism?')).toEqual(['realism', 'liberalism']);
    expect(askedComparison('How are Plan Colombia and the Merida Initiative different?')).toEqual(['Plan Colombia', 'Merida Initiative']);
    expect(askedComparison('How do realism and constructivism differ?')).toEqual(['realism', 'constructivism']);
    // A longer clause is not two names.
    expect(askedComparison('How are the jobs of the Mexican military and the US military different at home?')).toBeNull();
    expect(askedComparison('Compare realism and constructivism.')).toEqual(['realism', 'constructivism']);
    expect(sideQuestion('realism')).toBe('What is realism?');
  });

  it('leaves clauses and lists alone', () => {
    expect(askedComparison('Compare US military cooperation with Colombia and Mexico.')).toBeNull();
    expect(askedComparison('How does cooperation with Mexico compare with cooperation with Colombia?')).toBeNull();
    expect(askedComparison('What is the difference between how the U.S. worked with Mexico and with Colombia?')).toBeNull();
  });
});
