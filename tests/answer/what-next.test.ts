import { describe, expect, it } from 'vitest';
import { asksWhatNext, whereLeftOff } from '@/lib/answer/extractive/what-next';
import { record } from '../cite/fixtures';

describe('asksWhatNext', () => {
  it('reads questions asking how the account goes on', () => {
    for (const q of ['What happened next?', 'What happened after that?', 'and then?', 'What came next?', 'then what', 'What did they do afterwards?', 'What followed?']) {
      expect(asksWhatNext(q), q).toBe(true);
    }
  });

  it('leaves questions about a named event or time alone', () => {
    for (const q of ['What happened in 1914?', 'What happened after 9/11?', 'What happened to Escobar after he escaped?', 'What happened?']) {
      expect(asksWhatNext(q), q).toBe(false);
    }
  });
});

describe('whereLeftOff', () => {
  const first = record({ id: 'thesis:II.B:p3', order: 3, text: 'In 1914, the U.S. Navy sailed to Veracruz and anchored in the harbor. The United States perceived the incursions as justified.' });
  const second = record({ id: 'thesis:II.B:p4', order: 4, text: 'In 1916, Army General Pershing crossed the border with 10,000+ troops.' });
  const otherChapter = record({ id: 'thesis:III.A:p1', order: 5, section: 'III.A', text: 'This chapter analyzes Colombia and the United States.' });
  const records = [otherChapter, second, first];

  it('finds the latest sentence of the previous answer in the thesis, and the passage after it in its chapter', () => {
    const left = whereLeftOff('In 1914, the U.S. Navy sailed to Veracruz and anchored in the harbor.[1]', records);
    expect(left?.record.id).toBe('thesis:II.B:p3');
    expect(left?.index).toBe(0);
    expect(left?.next?.id).toBe('thesis:II.B:p4');
    // The chapter ends after the last passage: nothing after it.
    expect(whereLeftOff('Army General Pershing crossed the border with 10,000+ troops.[1]', records)?.next).toBeNull();
  });

  it('finds nothing for an answer that quotes no sentence of the chapters', () => {
    expect(whereLeftOff('The thesis does not address this question.', records)).toBeNull();
  });
});
