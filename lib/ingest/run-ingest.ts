import { buildCorpus } from '../corpus/build-corpus';
import type { ChunkOptions } from '../corpus/chunk';
import { loadEmbedder } from '../embed/embedder';
import { writeBuild, type BuildResult } from '../index/write-build';
import type { Corpus } from '../types';
import { uncoveredSpans } from './coverage';
import { readCorpusDir, readSourceDocuments } from './read-corpus-dir';

export interface IngestSummary extends BuildResult {
  corpus: Corpus;
  ms: { parse: number; embed: number; total: number };
}

/** corpus/ (+ corpus/sources/ full texts) -> parsed records -> embeddings -> a new index build, switched in atomically. */
export async function runIngest(opts: {
  corpusDir: string;
  dataDir: string;
  model: string;
  chunkOptions?: Partial<ChunkOptions>;
  onProgress?: (done: number, total: number) => void;
}): Promise<IngestSummary> {
  const t0 = performance.now();
  const files = readCorpusDir(opts.corpusDir);
  const corpus = buildCorpus(files, opts.chunkOptions, await readSourceDocuments(opts.corpusDir));
  corpus.skipped = files.flatMap((f) => {
    const doc = corpus.chunks.find((r) => r.doc === (f.name === 'thesis.md' ? 'thesis' : f.name))?.doc ?? f.name;
    return uncoveredSpans(doc, f.text, corpus.chunks);
  });
  const t1 = performance.now();
  const embedder = await loadEmbedder({ model: opts.model });
  const result = await writeBuild({ dataDir: opts.dataDir, corpus, embedder, onProgress: opts.onProgress });
  const t2 = performance.now();
  return { ...result, corpus, ms: { parse: t1 - t0, embed: t2 - t1, total: t2 - t0 } };
}
