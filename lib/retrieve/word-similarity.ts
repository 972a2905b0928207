import type { Embedder } from '../embed/embedder';
import { cosine } from '../embed/cosine';
import { rememberNear, type VocabIndex } from './related-terms';
import { contentWords } from './tokenize';

/**
 * Similarity of two surface words (folded), 0 when either is unknown. Synchronous once prepared.
 * With the corpus vocabulary, `near` lists the corpus words at or above a similarity to a word.
 */
export type WordSimilarity = ((a: string, b: string) => number) & { near?: (word: string, min: number) => ReadonlyMap<string, number> };

const caches = new WeakMap<Embedder, Map<string, Float32Array | null>>();
const seeded = new WeakSet<VocabIndex>();
const MAX_CACHED = 50_000;

/**
 * Embeds the words not seen before (one call, cached per embedder; seeded from the store's
 * vocabulary vectors when given) and returns a similarity over
 * them. With the shipped static GloVe model each word is its own vector, so this is word
 * similarity: "cops"/"police", "graft"/"corruption".
 */
export async function prepareWordSimilarity(embedder: Embedder, texts: string[], vocab?: VocabIndex): Promise<WordSimilarity> {
  let cache = caches.get(embedder);
  if (!cache) caches.set(embedder, (cache = new Map()));
  // The store already holds vectors for the corpus's words: only question words need embedding.
  const seed = () => vocab?.words.forEach((w, i) => cache.set(w, vocab.matrix.subarray(i * vocab.dim, (i + 1) * vocab.dim)));
  if (vocab && !seeded.has(vocab)) {
    seeded.add(vocab);
    seed();
  }
  const missing = [...new Set(texts.flatMap(contentWords))].filter((w) => !cache.has(w));
  if (missing.length) {
    if (cache.size + missing.length > MAX_CACHED) {
      cache.clear();
      seed();
    }
    const vectors = await embedder.embed(missing);
    missing.forEach((w, i) => cache.set(w, vectors[i]?.some((x) => x !== 0) ? vectors[i] : null));
  }
  const vectors = cache;
  const seen = new Map<string, number>(); // this question's pairs: candidates share many words
  const sim: WordSimilarity = (a, b) => {
    if (a === b) return 1;
    const key = `${a}\u0000${b}`;
    let s = seen.get(key);
    if (s === undefined) {
      const va = vectors.get(a);
      const vb = vectors.get(b);
      s = va && vb ? cosine(va, vb) : 0;
      seen.set(key, s);
    }
    return s;
  };
  if (vocab) sim.near = (word, min) => rememberNear(vocab, word, min, vectors.get(word));
  return sim;
}
