import { describe, expect, it } from 'vitest';
import { isOffTopic, type QuestionTerm } from '@/lib/retrieve/question-terms';
import type { WordSimilarity } from '@/lib/retrieve/word-similarity';

const term = (surface: string, known: boolean, anchor = false): QuestionTerm => ({ term: surface, weight: 3, anchor, known, own: true, surface });

/** A similarity that knows close thesis words for some words the thesis never uses. */
const nearFor = (words: string[]): WordSimilarity =>
  Object.assign(() => 0, { near: (w: string) => new Map(words.includes(w) ? [['territory', 0.7]] : []) }) as WordSimilarity;

describe('isOffTopic', () => {
  const soil = [term('mexico', true, true), term('refuse', false), term('let', false), term('soil', false), term('foreign', true), term('troops', true)];

  it('takes a question largely in words the thesis never uses as off-topic', () => {
    expect(isOffTopic(soil)).toBe(true);
    expect(isOffTopic([term('venezuela', false, true), term('troops', true)])).toBe(true);
  });

  it('counts a word with a close word in the thesis half, in a question naming what the thesis discusses', () => {
    expect(isOffTopic(soil, nearFor(['refuse', 'soil']))).toBe(false);
    expect(isOffTopic(soil, nearFor([]))).toBe(true);
    // Naming nothing the thesis discusses, it stays off-topic.
    const website = [term('programming', false), term('language', false), term('website', false), term('best', true), term('build', true)];
    expect(isOffTopic(website, nearFor(['programming', 'language', 'website']))).toBe(true);
  });
});
