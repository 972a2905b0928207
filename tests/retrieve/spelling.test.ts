import { beforeAll, describe, expect, it } from 'vitest';
import { correctSpelling, correction, editDistance, nameCorrection } from '@/lib/retrieve/spelling';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

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

  it('reads a misspelt name as the one name of the thesis a letter away, keeping its first and last letters', () => {
    const names = new Map([['bogota', 'Bogota'], ['pancho', 'Pancho'], ['martillo', 'MARTILLO'], ['allies', 'Allies'], ['santos', 'Santos']]);
    expect(nameCorrection('Bogata', names)).toBe('Bogota');
    expect(nameCorrection('Poncho', names)).toBe('Pancho');
    expect(nameCorrection('Martilo', names)).toBe('MARTILLO');
    // Another form of a word, a name as the thesis spells it, short names and names far from any are left alone.
    expect(nameCorrection('Allied', names)).toBeNull();
    expect(nameCorrection('Bogota', names)).toBeNull();
    expect(nameCorrection('Santo', names)).toBeNull();
    expect(nameCorrection('Calderon', names)).toBeNull();
  });
});

describe('spelling on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it("leaves an alias's words alone: the Rio Grande is not the thesis's \"Grade\"", async () => {
    expect(correctSpelling('How much cooperation existed across the Rio Grande?', store)).toBe('How much cooperation existed across the Rio Grande?');
    const r = await answerQuestion(store, 'In the rating of ties between the two armed forces across the Rio Grande, how much cooperation existed from WWII up to the start of the drug war?', { llm: null });
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/Cooperation: Low/);
  });
});
