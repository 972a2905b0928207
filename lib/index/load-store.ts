import fs from 'node:fs';
import { LocalIndex } from 'vectra';
import { loadEmbedder, type Embedder } from '../embed/embedder';
import { AppError } from '../errors';
import { buildBm25, type Bm25Index } from '../retrieve/bm25';
import { buildVocabIndex, type VocabIndex } from '../retrieve/related-terms';
import type { Corpus, CorpusRecord } from '../types';
import { dataPaths, type Manifest } from './paths';
import { readManifest } from './read-manifest';

/** Everything a query needs, loaded once per build and held in memory. */
export interface Store {
  manifest: Manifest;
  corpus: Corpus;
  records: CorpusRecord[];
  byId: Map<string, CorpusRecord>;
  vectors: LocalIndex;
  /** Items in the vector index (records and sentences). */
  vectorCount: number;
  lexical: Bm25Index;
  embedder: Embedder;
  vocab: VocabIndex;
}

const MISSING = 'No index found. Run `npm run ingest` to build it.';

export async function loadStore(dataDir: string, expectedModel?: string): Promise<Store> {
  const manifest = readManifest(dataDir);
  if (!manifest) throw new AppError('index-missing', MISSING);
  if (expectedModel && manifest.model.id !== expectedModel) {
    throw new AppError(
      'index-mismatch',
      `The index was built with embedding model "${manifest.model.id}" (dimension ${manifest.model.dimension}) but EMBEDDING_MODEL is "${expectedModel}". Run \`npm run ingest\` to rebuild the index.`,
    );
  }
  const build = dataPaths(dataDir).build(manifest.buildId);
  const corpus = readCorpus(build.corpus);
  const vectors = new LocalIndex(build.index);
  let vectorCount = 0;
  try {
    const items = await vectors.listItems(); // loads index.json into memory now, not on the first query
    vectorCount = items.length;
    const recordItems = items.filter((i) => i.metadata.kind !== 'sentence').length;
    if (recordItems !== corpus.chunks.length) throw new Error('record count differs from corpus');
    const dim = items[0]?.vector.length;
    if (dim !== undefined && dim !== manifest.model.dimension) throw new Error('vector dimension differs from manifest');
  } catch {
    throw new AppError('index-corrupt', 'The vector index is corrupt or incomplete. Run `npm run ingest` to rebuild it.');
  }
  const records = corpus.chunks;
  const lexical = buildBm25(
    records.map((r) => ({
      id: r.id,
      text: r.searchText,
      boosts: r.sectionTitle ? [{ text: r.sectionTitle, weight: 0.5 }] : [],
    })),
  );
  const embedder = await loadEmbedder({ model: manifest.model.id });
  const vocab = await buildVocabIndex(records, embedder);
  return { manifest, corpus, records, byId: new Map(records.map((r) => [r.id, r])), vectors, vectorCount, lexical, embedder, vocab };
}

function readCorpus(file: string): Corpus {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('index-missing', MISSING);
  }
  try {
    const corpus = JSON.parse(raw) as Corpus;
    if (!Array.isArray(corpus.chunks)) throw new Error('no chunks');
    return corpus;
  } catch {
    throw new AppError('index-corrupt', 'data/corpus.json is corrupt. Run `npm run ingest` to rebuild the index.');
  }
}
