/** Resolves an embedding-model spec to a local folder or a Hugging Face hub id. */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The model that ships in the repository (models/glove-sif-100d). */
export const DEFAULT_MODEL_ID = 'glove-sif-100d';

export type ResolvedModel =
  | { kind: 'local'; id: string; path: string }
  | { kind: 'hub'; id: string };

/** Nearest ancestor of `start` (inclusive) holding a package.json; `start` itself when none does. */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ start);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ start);
    dir = parent;
  }
}

export function defaultModelsDir(): string {
  return path.join(findRepoRoot(), 'models');
}

const isModelDir = (dir: string) => existsSync(path.join(dir, 'config.json'));

/**
 * `model` may be:
 *  - a folder name under `modelsDir` (default `<repo>/models`), e.g. the shipped `glove-sif-100d`;
 *  - a local folder path (absolute, or relative to the working directory);
 *  - otherwise a hub id such as `Xenova/bge-small-en-v1.5` (needs network on first load).
 * Local folders are always returned as absolute paths: transformers.js treats a
 * relative `owner/name`-shaped path as a hub id.
 */
export function resolveModel(model: string, modelsDir?: string): ResolvedModel {
  const spec = model.trim();
  if (!spec) throw new Error('embedding model name is empty');
  const underModels = path.resolve(/*turbopackIgnore: true*/ modelsDir ?? defaultModelsDir(), spec);
  if (spec === DEFAULT_MODEL_ID || isModelDir(underModels)) {
    if (!isModelDir(underModels)) {
      throw new Error(`embedding model "${spec}" not found at ${underModels} (rebuild with: npx tsx scripts/build-embedding-model.ts)`);
    }
    return { kind: 'local', id: spec, path: underModels };
  }
  const asPath = path.resolve(/*turbopackIgnore: true*/ spec);
  const looksLikePath = path.isAbsolute(spec) || spec.startsWith('.') || spec.includes('\\');
  if (looksLikePath || isModelDir(asPath)) {
    if (!isModelDir(asPath)) throw new Error(`no embedding model (config.json) in folder ${asPath}`);
    return { kind: 'local', id: spec, path: asPath };
  }
  return { kind: 'hub', id: spec };
}
