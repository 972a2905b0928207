/**
 * Turns frequency-ranked word vectors into a transformers.js-loadable static
 * embedding model folder (SIF-weighted, common component removed, int8 rows).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeChecksums, formatChecksums, SUMS_FILE } from './checksums';
import type { GloveVectors } from './glove-source';
import { licenseText, readmeText } from './model-card';
import { firstPrincipalComponent, harmonic, quantizeRows, removeComponent, sifWeight } from './sif';
import { writeStaticEmbeddingOnnx } from './static-model-graph';
import { modelConfigJson, SPECIAL_TOKENS, tokenizerConfigJson, tokenizerJson, WORD_PATTERN } from './static-model-tokenizer';

export interface BuildOptions {
  outDir: string;
  /** Number of words kept (most frequent first). */
  vocabWords: number;
  /** SIF smoothing parameter a. */
  a: number;
  /** Tokenizer truncation length (words). */
  maxLength: number;
}

export interface BuildStats {
  vocabSize: number;
  words: number;
  lastRank: number;
  /** Share of the weighted matrix's energy on the removed component. */
  removedEnergy: number;
}

const wordRe = new RegExp(`^${WORD_PATTERN}$`, 'u');
/** What the tokenizer's normalizer does to a single plain word. */
const normalizeWord = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function buildStaticModel(glove: GloveVectors, opts: BuildOptions): BuildStats {
  const dim = glove.dimension;
  const kept: { word: string; rank: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < glove.words.length && kept.length < opts.vocabWords; i++) {
    const w = glove.words[i];
    if (!wordRe.test(w) || normalizeWord(w) !== w || seen.has(w)) continue;
    seen.add(w);
    kept.push({ word: w, rank: i + 1 });
  }
  const vocab = [...SPECIAL_TOKENS, ...kept.map((k) => k.word)];
  const rows = vocab.length;
  const hN = harmonic(glove.words.length);

  const m = new Float64Array(rows * dim);
  kept.forEach(({ rank }, k) => {
    const weight = sifWeight(rank, opts.a, hN);
    const v = glove.vector(rank - 1);
    const off = (SPECIAL_TOKENS.length + k) * dim;
    for (let j = 0; j < dim; j++) m[off + j] = weight * v[j];
  });
  const total = m.reduce((s, x) => s + x * x, 0);
  const u = firstPrincipalComponent(m, rows, dim);
  removeComponent(m, rows, dim, u);
  const after = m.reduce((s, x) => s + x * x, 0);
  const { table, scales } = quantizeRows(m, rows, dim);

  mkdirSync(path.join(opts.outDir, 'onnx'), { recursive: true });
  const write = (rel: string, data: string | Uint8Array) => writeFileSync(path.join(opts.outDir, rel), data);
  const json = (x: object, indent?: number) => `${JSON.stringify(x, null, indent)}\n`;
  write('config.json', json(modelConfigJson({ vocabSize: rows, dimension: dim, maxLength: opts.maxLength }), 2));
  write('tokenizer_config.json', json(tokenizerConfigJson(opts.maxLength), 2));
  write('tokenizer.json', json(tokenizerJson(vocab)));
  write('onnx/model_int8.onnx', writeStaticEmbeddingOnnx({ table, scales, vocabSize: rows, dimension: dim }));

  const stats: BuildStats = {
    vocabSize: rows,
    words: kept.length,
    lastRank: kept[kept.length - 1]?.rank ?? 0,
    removedEnergy: total > 0 ? 1 - after / total : 0,
  };
  write('LICENSE', licenseText());
  write('README.md', readmeText({ ...opts, ...stats, sourceSha256: glove.sha256, sourceWords: glove.words.length, dimension: dim }));
  const sums = computeChecksums(opts.outDir);
  write(SUMS_FILE, formatChecksums(sums));
  return stats;
}
