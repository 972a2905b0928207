import cliProgress from 'cli-progress';
import { getConfig } from '../lib/config';
import { AppError } from '../lib/errors';
import { runIngest } from '../lib/ingest/run-ingest';

async function main(): Promise<void> {
  const config = getConfig();
  const bar = new cliProgress.SingleBar(
    { format: 'embedding |{bar}| {value}/{total} records and sentences', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const summary = await runIngest({
    corpusDir: config.corpusDir,
    dataDir: config.dataDir,
    model: config.EMBEDDING_MODEL,
    onProgress: (done, total) => {
      if (!started) bar.start(total, done);
      started = true;
      bar.update(done);
    },
  });
  bar.stop();
  const c = summary.corpus;
  const kinds = Object.entries(summary.manifest.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  console.log(`\nIngested ${c.documents.map((d) => d.file).join(', ')} into build ${summary.manifest.buildId}`);
  console.log(`  sections ${c.sections.length}, paragraphs ${c.paragraphs.length}, footnotes ${c.footnotes.length}, bibliography ${c.bibliography.length}, tables ${c.tables.length}, acronyms ${c.acronyms.length}`);
  console.log(`  records: ${kinds}`);
  console.log(`  vectors: ${summary.vectors} (records + sentences), ${summary.embedded} computed, ${summary.reused} reused (model ${summary.manifest.model.id}, dim ${summary.manifest.model.dimension})`);
  console.log(`  unresolved footnotes: ${c.unresolved.length === 0 ? 'none' : ''}`);
  for (const u of c.unresolved) console.log(`    ${u.n}: ${u.reason} — ${u.text.slice(0, 90)}`);
  const skipped = c.skipped ?? [];
  const skippedLines = skipped.reduce((n, s) => n + s.toLine - s.fromLine + 1, 0);
  console.log(`  not indexed: ${skippedLines} lines in ${skipped.length} spans (front matter, contents, lists; see "skipped" in data/corpus.json)`);
  for (const s of skipped.slice(0, 5)) console.log(`    ${s.doc} lines ${s.fromLine}–${s.toLine}: ${s.preview}`);
  if (skipped.length > 5) console.log(`    … ${skipped.length - 5} more`);
  console.log(`  index size ${(summary.bytesOnDisk / 1024).toFixed(0)} KiB; time ${(summary.ms.total / 1000).toFixed(2)} s (parse ${summary.ms.parse.toFixed(0)} ms, embed+write ${summary.ms.embed.toFixed(0)} ms)`);
}

main().catch((err) => {
  const message = err instanceof AppError ? err.message : String(err?.stack ?? err);
  console.error(`ingest failed: ${message}\nThe previous index (if any) is unchanged.`);
  process.exit(1);
});
