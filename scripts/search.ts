/** npm run search -- "query" [--json] [--k 10] [--kind passage,footnote] [--section II.E] [--mode hybrid|lexical|dense] */
import { parseArgs } from 'node:util';
import { getConfig } from '../lib/config';
import { AppError } from '../lib/errors';
import { parseInput } from '../lib/http/respond';
import { loadStore } from '../lib/index/load-store';
import { searchRecords } from '../lib/retrieve/search';
import { searchQuerySchema, toApiResult } from '../lib/retrieve/search-request';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      k: { type: 'string' },
      kind: { type: 'string' },
      section: { type: 'string' },
      mode: { type: 'string' },
    },
  });
  const input = parseInput(searchQuerySchema(), { q: positionals.join(' '), k: values.k, kind: values.kind, section: values.section, mode: values.mode });
  const config = getConfig();
  const store = await loadStore(config.dataDir, config.EMBEDDING_MODEL);
  const { hits, analysis } = await searchRecords(store, input.q, { k: input.k, kinds: input.kind, section: input.section, mode: input.mode });
  const results = hits.map(toApiResult);
  if (values.json) {
    console.log(JSON.stringify({ results }, null, 2));
    return;
  }
  console.log(`"${input.q}" — ${analysis.type} question, ${results.length} results (${input.mode})\n`);
  results.forEach((r, i) => {
    const where = r.section ? `§${r.section} ${r.sectionTitle ?? ''}` : r.kind;
    const pages = r.pages ? `pp. ${r.pages.start}–${r.pages.end}` : '';
    const text = r.text.replace(/\s+/g, ' ');
    console.log(`${String(i + 1).padStart(2)}. [${r.score.toFixed(3)}] ${r.id}  (${r.kind}) ${where} ${pages}`);
    console.log(`    ${text.length > 220 ? `${text.slice(0, 217)}...` : text}\n`);
  });
}

main().catch((err) => {
  console.error(err instanceof AppError ? `search failed: ${err.message}` : err);
  process.exit(1);
});
