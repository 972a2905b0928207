import path from 'node:path';

/**
 * Layout of the data directory. Each ingest writes a complete build under `builds/<id>/`, then
 * atomically replaces `manifest.json` (the pointer servers follow) and the convenience links
 * `corpus.json` and `index/`, so a reader never sees a half-written index.
 */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    manifest: path.join(dataDir, 'manifest.json'),
    corpusLink: path.join(dataDir, 'corpus.json'),
    indexLink: path.join(dataDir, 'index'),
    buildsDir: path.join(dataDir, 'builds'),
    build: (id: string) => ({
      dir: path.join(dataDir, 'builds', id),
      corpus: path.join(dataDir, 'builds', id, 'corpus.json'),
      index: path.join(dataDir, 'builds', id, 'index'),
    }),
  };
}

export interface Manifest {
  buildId: string;
  createdAt: string;
  model: { id: string; dimension: number };
  counts: Record<string, number>;
}
