import fs from 'node:fs';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import type { Corpus } from '@/lib/types';

let thesis: Corpus | undefined;

/** The real thesis, parsed once per test file (no index, no embeddings). */
export function thesisCorpus(): Corpus {
  thesis ??= buildCorpus([{ name: 'thesis.md', text: fs.readFileSync('corpus/thesis.md', 'utf8') }]);
  return thesis;
}
