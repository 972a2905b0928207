import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/corpus/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split at U.S., Gen., Jr., D.C. or initials', () => {
    expect(texts('The U.S. Navy sailed to Veracruz. Gen. Smith met S. Brian Wilson and Graham H. Turbiville, Jr. in Washington, D.C. in 1999. Next one.')).toEqual([
      'The U.S. Navy sailed to Veracruz.',
      'Gen. Smith met S. Brian Wilson and Graham H. Turbiville, Jr. in Washington, D.C. in 1999.',
      'Next one.',
    ]);
  });

  it('keeps decimals and money intact and splits after closing quotes and footnote markers', () => {
    expect(texts('Congress gave $2.8 billion.³⁶ He said “no.” Then it ended.')).toEqual([
      'Congress gave $2.8 billion.³⁶',
      'He said “no.”',
      'Then it ended.',
    ]);
  });

  it('keeps [n] markers with the sentence they follow and breaks at line ends', () => {
    expect(texts('It began in 1972.[1] It grew.[2][3]\nPrior to WWII\tNone')).toEqual(['It began in 1972.[1]', 'It grew.[2][3]', 'Prior to WWII\tNone']);
  });

  it('returns exact substrings with offsets', () => {
    const t = '  One sentence here.  Another one.';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split before a lowercase continuation', () => {
    expect(texts('Approx. two thirds of the force left, i.e. most units.')).toHaveLength(1);
  });
});
