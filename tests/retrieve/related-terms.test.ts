import { beforeAll, describe, expect, it } from 'vitest';
import { loadStore, type Store } from '@/lib/index/load-store';
import { DEFAULT_RELATED, relatedTerms, rememberNear, type VocabIndex } from '@/lib/retrieve/related-terms';
import { storeTermStats } from '@/lib/retrieve/term-stats';
import { testDataDir } from '../helpers/test-index';

let store: Store;
beforeAll(async () => {
  store = await loadStore(await testDataDir());
});

const expand = async (q: string, names = true) =>
  (await relatedTerms(q, store.vocab, store.embedder, DEFAULT_RELATED, names ? storeTermStats(store).isName : undefined)).map((t) => t.term);

describe('related-term expansion on the real thesis', () => {
  it('expands common words with their neighbours', async () => {
    expect(await expand('How many Mexican soldiers fought in World War II?')).toContain('troop');
  });
  it('does not expand into the corpus’s names: "Mexican" is not "Colombian" in a thesis comparing the two', async () => {
    const q = 'Which publication did the top army officer propose putting into Spanish for the Mexicans?';
    expect(await expand(q, false)).toContain('colombian');
    expect(await expand(q)).not.toContain('colombian');
  });
  it('keeps titles, which are words: an "officer" may be a minister or a chief', async () => {
    const terms = await expand('Which American cabinet officer signed the wartime deal?');
    expect(terms.some((t) => ['minister', 'chief', 'commander'].includes(t))).toBe(true);
  });
});

describe('rememberNear', () => {
  it('does not remember a word without a vector yet as having no neighbours', () => {
    const vocab: VocabIndex = { words: ['police', 'cops'], matrix: new Float32Array([1, 0, 0.8, 0.6]), dim: 2, memo: new Map() };
    expect(rememberNear(vocab, 'cops', 0.5, undefined).size).toBe(0);
    expect([...rememberNear(vocab, 'cops', 0.5, new Float32Array([0.8, 0.6])).keys()]).toEqual(['police', 'cops']);
  });
});
