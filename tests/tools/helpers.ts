import fs from 'node:fs';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import type { Corpus } from '@/lib/types';

let thesis: Corpus | undefined;

/** The real thesis, parsed once per test file (no index, no embeddings). */
export function thesisCorpus(): Corpus {
  thesis ??= buildCorpus([{ name: 'thesis.md', text: fs.readFileSync('corpus/thesis.md', 'utf8') }]);
  return thesis;
}

/** Id of the passage holding `text` — tests name passages by content, since chunk sizes are tuned. */
export function passageWith(records: { id: string; kind: string; text: string }[], text: string): string {
  const hit = records.find((r) => r.kind === 'passage' && r.text.includes(text));
  if (!hit) throw new Error(`no passage contains "${text}"`);
  return hit.id;
}
