import { describe, expect, it } from 'vitest';
import { correction, editDistance } from '@/lib/retrieve/spelling';

describe('spelling', () => {
  it('measures edits, a swap of two letters counting one', () => {
    expect(editDistance('auther', 'author', 2)).toBe(1);
    expect(editDistance('thesus', 'thesis', 2)).toBe(1);
    expect(editDistance('chpater', 'chapter', 2)).toBe(1);
    expect(editDistance('testified', 'justified', 1)).toBe(2);
  });

  it('reads a misspelt word as the one word it is nearest, if only one', () => {
    const words = new Map([['author', 1], ['thesis', 1], ['table', 1], ['tables', 1]]);
    expect(correction('auther', words)).toBe('author');
    expect(correction('Thesus', words)).toBe('thesis');
    // Short words, words spelt as listed, and words near none are left alone.
    expect(correction('tabel', words)).toBeNull();
    expect(correction('author', words)).toBeNull();
    expect(correction('testified', words)).toBeNull();
  });
});
