import { describe, expect, it } from 'vitest';
import { supportScore } from '@/lib/cite/support';
import { verifyClaims } from '@/lib/cite/verify';

describe('supportScore', () => {
  it('is the share of content terms found, with figures required', () => {
    expect(supportScore('Pershing led 10,000 troops', 'General Pershing crossed with 10,000+ troops.').supported).toBe(true);
    expect(supportScore('Pershing led 12,000 troops', 'General Pershing crossed with 10,000+ troops.')).toMatchObject({
      supported: false,
      missingNumbers: ['12000'],
    });
  });
});

describe('verifyClaims (ALCE-style recall and precision)', () => {
  const ev: Record<number, string> = {
    1: 'In 1972, President Nixon declared a war on drugs.',
    2: 'Plan Colombia funds totaled approximately $10 billion.',
  };
  it('credits a citation that is needed only jointly', () => {
    const r = verifyClaims([{ text: 'Nixon declared a war on drugs in 1972 and Plan Colombia cost $10 billion.', citations: [1, 2] }], (n) => ev[n]);
    expect(r.sentences[0].supported).toBe(true);
    expect(r.verification).toEqual({ citationRecall: 1, citationPrecision: 1 });
  });
  it('is vacuously perfect for no sentences', () => {
    expect(verifyClaims([], () => '').verification).toEqual({ citationRecall: 1, citationPrecision: 1 });
  });
});
