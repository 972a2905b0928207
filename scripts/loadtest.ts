/**
 * npm run loadtest [-- --duration 30 --connections 50]: starts the production server on a free
 * loopback port and drives it from a second process (scripts/support/drive-load.ts: keep-alive
 * connections in a closed loop) — /api/ask, then /api/search, then /api/chat — printing latency
 * percentiles, throughput, errors, and the server's RSS before and after. Exits non-zero on any
 * error, timeout or non-2xx answer, or if RSS grows beyond the bound.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadQuestionSets } from '../lib/eval/questions';
import { runIngest } from '../lib/ingest/run-ingest';
import { treeRss } from './support/process-rss';
import { startServer } from './support/start-server';

/** Documented bound: the server's RSS may grow by at most this much across the whole run. */
const RSS_GROWTH_BOUND_MB = 150;
const WARMUP_SECONDS = 10;
const MIN_REQUESTS = 10_000;

const mb = (b: number) => (b / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '50' } } });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-load-'));
  await runIngest({ corpusDir: 'corpus', dataDir, model: 'glove-sif-100d' });
  const server = await startServer({ dataDir, env: { LLM_PROVIDER: 'extractive' } });
  let failed = false;
  try {
    const questions = loadQuestionSets().flatMap((s) => s.questions.map((q) => q.q));
    const scenarios = [
      { name: 'POST /api/ask', method: 'POST', paths: ['/api/ask'], bodies: questions.map((question) => JSON.stringify({ question })) },
      { name: 'GET /api/search', method: 'GET', paths: questions.map((q) => `/api/search?q=${encodeURIComponent(q)}&k=10`) },
      {
        name: 'POST /api/chat',
        method: 'POST',
        paths: ['/api/chat'],
        bodies: questions.map((q, i) => JSON.stringify({ id: `load-${i}`, messages: [{ id: `m${i}`, role: 'user', parts: [{ type: 'text', text: q }] }] })),
      },
    ];
    const drive = (s: (typeof scenarios)[number], seconds: number) => {
      const spec = { method: s.method, paths: s.paths, bodies: s.bodies, connections, duration: seconds };
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/support/drive-load.ts', server.url, JSON.stringify(spec)], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      if (r.status !== 0) throw new Error(`load driver failed: ${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').pop()!);
    };
    // Warm-up: JIT, caches and allocator pools settle before the memory baseline is taken.
    for (const s of scenarios) drive(s, WARMUP_SECONDS);
    const rssBefore = treeRss(server.process.pid!);
    console.log(`server RSS after warm-up: ${mb(rssBefore)} MiB; ${connections} connections × ${duration} s per route\n`);
    let total = 0;
    for (const s of scenarios) {
      const res = drive(s, duration);
      total += res.requests;
      const bad = res.errors + res.timeouts + res.non2xx;
      if (bad > 0) failed = true;
      console.log(
        `${s.name.padEnd(16)} ${String(res.requests).padStart(7)} req  ${res.rps.toFixed(0).padStart(5)} req/s  ` +
          `p50 ${res.latency.p50} ms  p90 ${res.latency.p90} ms  p99 ${res.latency.p99} ms  max ${res.latency.max} ms  ` +
          `errors ${res.errors}  timeouts ${res.timeouts}  non-2xx ${res.non2xx}  (${connections} connections open in ${res.admitMs} ms)`,
      );
    }
    console.log(`server RSS after the timed runs: ${mb(treeRss(server.process.pid!))} MiB`);
    // Keep going until at least MIN_REQUESTS have been served, so the memory check covers them.
    while (total < MIN_REQUESTS) {
      const extra = drive(scenarios[1], 10);
      total += extra.requests;
      if (extra.errors + extra.timeouts + extra.non2xx > 0) failed = true;
    }
    const rssAfter = treeRss(server.process.pid!);
    const growth = (rssAfter - rssBefore) / 1024 / 1024;
    console.log(`\nserver RSS after ${total} requests: ${mb(rssAfter)} MiB (growth ${growth.toFixed(0)} MiB; bound ${RSS_GROWTH_BOUND_MB} MiB)`);
    if (growth > RSS_GROWTH_BOUND_MB) failed = true;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error('loadtest FAILED: errors, non-2xx answers or memory growth beyond the bound');
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
