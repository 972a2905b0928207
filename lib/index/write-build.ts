import crypto from 'node:crypto';
import fs from 'node:fs';
import { LocalIndex } from 'vectra';
import type { Embedder } from '../embed/embedder';
import type { Corpus } from '../types';
import { replaceSymlink, writeFileAtomic } from './atomic-write';
import { dataPaths, type Manifest } from './paths';
import { readManifest } from './read-manifest';
import { loadPreviousVectors, vectorKey, vectorUnits } from './vector-cache';

export interface BuildResult {
  manifest: Manifest;
  embedded: number;
  reused: number;
  /** Vector items: one per record plus one per sentence of long records. */
  vectors: number;
  bytesOnDisk: number;
}

const BATCH = 64;

/**
 * Embeds every record (reusing vectors of unchanged records), writes a complete new build and only
 * then switches the manifest to it. A failure at any step leaves the previous build serving.
 */
export async function writeBuild(opts: {
  dataDir: string;
  corpus: Corpus;
  embedder: Embedder;
  onProgress?: (done: number, total: number) => void;
}): Promise<BuildResult> {
  const { corpus, embedder } = opts;
  const paths = dataPaths(opts.dataDir);
  const previous = readManifest(opts.dataDir);
  const prevVectors = loadPreviousVectors(
    previous && previous.model.id === embedder.modelId ? paths.build(previous.buildId).index : null,
  );

  const units = corpus.chunks.flatMap(vectorUnits);
  const keys = units.map((u) => vectorKey(embedder.modelId, u.text));
  const vectors: (number[] | undefined)[] = keys.map((k) => prevVectors.get(k));
  const missing = units.map((_, i) => i).filter((i) => !vectors[i]);
  let done = units.length - missing.length;
  opts.onProgress?.(done, units.length);
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH);
    const embedded = await embedder.embed(batch.map((i) => units[i].text));
    batch.forEach((i, j) => (vectors[i] = Array.from(embedded[j])));
    done += batch.length;
    opts.onProgress?.(done, units.length);
  }

  const buildId = `${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${crypto.randomBytes(3).toString('hex')}`;
  const build = paths.build(buildId);
  fs.mkdirSync(build.dir, { recursive: true });
  try {
    const index = new LocalIndex(build.index);
    await index.createIndex({ version: 1, deleteIfExists: true });
    await index.beginUpdate();
    for (let i = 0; i < units.length; i++) {
      const vector = vectors[i]!;
      const hasVector = vector.some((x) => x !== 0);
      const u = units[i];
      await index.insertItem({ id: u.id, vector, metadata: { kind: u.kind, record: u.recordId, hash: keys[i], hasVector } });
    }
    await index.endUpdate();
    fs.writeFileSync(build.corpus, JSON.stringify(corpus));
  } catch (err) {
    fs.rmSync(build.dir, { recursive: true, force: true });
    throw err;
  }

  const manifest: Manifest = {
    buildId,
    createdAt: new Date().toISOString(),
    model: { id: embedder.modelId, dimension: embedder.dimension },
    counts: countKinds(corpus),
  };
  writeFileAtomic(paths.manifest, JSON.stringify(manifest, null, 2));
  replaceSymlink(build.corpus, paths.corpusLink);
  replaceSymlink(build.index, paths.indexLink);
  removeOldBuilds(opts.dataDir, [buildId, previous?.buildId]);
  return { manifest, embedded: missing.length, reused: units.length - missing.length, vectors: units.length, bytesOnDisk: dirSize(build.dir) };
}

function countKinds(corpus: Corpus): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of corpus.chunks) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

/** Keeps the new and the previous build (a server may still be switching); removes the rest. */
function removeOldBuilds(dataDir: string, keep: (string | undefined)[]): void {
  const dir = dataPaths(dataDir).buildsDir;
  for (const name of fs.readdirSync(dir)) {
    if (!keep.includes(name)) fs.rmSync(`${dir}/${name}`, { recursive: true, force: true });
  }
}

export function dirSize(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    total += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return total;
}
