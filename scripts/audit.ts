/**
 * npm run audit [-- --json] [--corpus]
 * The citation audit as Markdown (or the report object as JSON with --json). Reads the current index (DATA_DIR), so
 * cited sources' full texts are included; with --corpus, or when no index exists yet, parses corpus/ directly.
 */
import { parseArgs } from 'node:util';
import { buildCorpus } from '../lib/corpus/build-corpus';
import { getConfig } from '../lib/config';
import { AppError } from '../lib/errors';
import { loadStore } from '../lib/index/load-store';
import { readManifest } from '../lib/index/read-manifest';
import { readCorpusDir, readSourceDocuments } from '../lib/ingest/read-corpus-dir';
import { auditCorpus, auditMarkdown } from '../lib/tools';
import type { Corpus } from '../lib/types';

async function corpusToAudit(fromCorpusDir: boolean): Promise<Corpus> {
  const config = getConfig();
  if (!fromCorpusDir && readManifest(config.dataDir)) return (await loadStore(config.dataDir)).corpus;
  if (!fromCorpusDir) console.error('No index found; auditing corpus/ directly (run `npm run ingest` to build the index).');
  return buildCorpus(readCorpusDir(config.corpusDir), undefined, await readSourceDocuments(config.corpusDir));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, corpus: { type: 'boolean', default: false } } });
  const report = auditCorpus(await corpusToAudit(values.corpus));
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : auditMarkdown(report));
}

main().catch((err) => {
  console.error(`audit failed: ${err instanceof AppError ? err.message : String(err?.stack ?? err)}`);
  process.exit(1);
});
