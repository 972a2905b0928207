/**
 * Embedding speed and memory: embeds N passage-sized texts (default 300 × ~180 words,
 * cut from corpus/thesis.md) and prints load time, embed time and peak RSS.
 *
 *   npx tsx scripts/bench-embed.ts [--model glove-sif-100d] [--count 300] [--words 180]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_ID, findRepoRoot, loadEmbedder } from '../lib/embed';

function passages(count: number, words: number): string[] {
  const file = path.join(findRepoRoot(), 'corpus', 'thesis.md');
  const source = existsSync(file)
    ? readFileSync(file, 'utf8')
    : 'The United States military cooperates with partner nations to combat drug trafficking. ';
  const tokens = source.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const start = (i * words) % Math.max(1, tokens.length - words);
    out.push(tokens.slice(start, start + words).join(' '));
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string', default: DEFAULT_MODEL_ID },
      count: { type: 'string', default: '300' },
      words: { type: 'string', default: '180' },
    },
  });
  const texts = passages(Number(values.count), Number(values.words));
  const rssBefore = process.memoryUsage().rss;

  let t = performance.now();
  const embedder = await loadEmbedder({ model: values.model! });
  const loadMs = performance.now() - t;

  t = performance.now();
  const { vectors, empty } = await embedder.embedWithReport(texts);
  const embedMs = performance.now() - t;

  t = performance.now();
  await embedder.embed(texts);
  const warmMs = performance.now() - t;

  const peakMb = process.resourceUsage().maxRSS / 1024;
  const chars = texts.reduce((s, x) => s + x.length, 0);
  console.log(`model          ${embedder.modelId} (${embedder.dimension}-d)`);
  console.log(`texts          ${vectors.length} × ~${values.words} words (${Math.round(chars / texts.length)} chars avg), ${empty.length} empty`);
  console.log(`load           ${loadMs.toFixed(0)} ms`);
  console.log(`embed (first)  ${embedMs.toFixed(0)} ms  (${((texts.length / embedMs) * 1000).toFixed(0)} texts/s)`);
  console.log(`embed (again)  ${warmMs.toFixed(0)} ms`);
  console.log(`RSS            ${(rssBefore / 2 ** 20).toFixed(0)} MB at start, peak ${peakMb.toFixed(0)} MB`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
