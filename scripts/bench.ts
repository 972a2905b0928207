/** npm run bench: ingest time, index size, query latency (in-process and HTTP), peak RSS. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerQuestion } from '../lib/answer/answer-question';
import { loadQuestionSets } from '../lib/eval/questions';
import { runIngest } from '../lib/ingest/run-ingest';
import { loadStore } from '../lib/index/load-store';
import { searchRecords } from '../lib/retrieve/search';
import { fmtMs, percentiles } from './support/latency';
import { startServer } from './support/start-server';

const QUERIES = 200;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

function post(url: string, question: string): Promise<Response> {
  return fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-bench-'));
  try {
    const t0 = performance.now();
    const summary = await runIngest({ corpusDir: 'corpus', dataDir, model: 'glove-sif-100d' });
    const ingestMs = performance.now() - t0;
    console.log(`ingest (cold, ${summary.corpus.chunks.length} records): ${fmtMs(ingestMs)} (parse ${fmtMs(summary.ms.parse)})`);
    const t1 = performance.now();
    await runIngest({ corpusDir: 'corpus', dataDir, model: 'glove-sif-100d' });
    console.log(`ingest (incremental, nothing changed): ${fmtMs(performance.now() - t1)}`);
    console.log(`index size on disk: ${(summary.bytesOnDisk / 1024 / 1024).toFixed(2)} MiB`);

    const questions = loadQuestionSets().flatMap((s) => s.questions.map((q) => q.q));
    const queries = Array.from({ length: QUERIES }, (_, i) => questions[i % questions.length]);
    const t2 = performance.now();
    const store = await loadStore(dataDir);
    console.log(`store load (index + lexical + model): ${fmtMs(performance.now() - t2)}`);
    for (const q of queries.slice(0, 10)) await searchRecords(store, q); // warm-up
    const inProc: number[] = [];
    for (const q of queries) {
      const s = performance.now();
      await searchRecords(store, q, { k: 10 });
      inProc.push(performance.now() - s);
    }
    const p = percentiles(inProc);
    console.log(`search in-process (${QUERIES} queries): p50 ${fmtMs(p.p50)}, p95 ${fmtMs(p.p95)}, p99 ${fmtMs(p.p99)}`);

    for (const q of queries.slice(0, 10)) await answerQuestion(store, q, { llm: null });
    const asks: number[] = [];
    for (const q of queries) {
      const s = performance.now();
      await answerQuestion(store, q, { llm: null });
      asks.push(performance.now() - s);
    }
    const a = percentiles(asks);
    console.log(`answer in-process, extractive (${QUERIES} questions): p50 ${fmtMs(a.p50)}, p95 ${fmtMs(a.p95)}, p99 ${fmtMs(a.p99)}`);

    const server = await startServer({ dataDir, env: { LLM_PROVIDER: 'extractive' } });
    try {
      const http: number[] = [];
      for (const q of queries.slice(0, 10)) await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}`)).json();
      for (const q of queries) {
        const s = performance.now();
        const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}&k=10`);
        await res.json();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        http.push(performance.now() - s);
      }
      const h = percentiles(http);
      console.log(`GET /api/search over HTTP (${QUERIES} sequential): p50 ${fmtMs(h.p50)}, p95 ${fmtMs(h.p95)}, p99 ${fmtMs(h.p99)}`);
      const askHttp: number[] = [];
      for (const q of queries.slice(0, 10)) await (await post(server.url, q)).json();
      for (const q of queries) {
        const s = performance.now();
        const res = await post(server.url, q);
        await res.json();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        askHttp.push(performance.now() - s);
      }
      const ah = percentiles(askHttp);
      console.log(`POST /api/ask over HTTP (${QUERIES} sequential): p50 ${fmtMs(ah.p50)}, p95 ${fmtMs(ah.p95)}, p99 ${fmtMs(ah.p99)}`);
    } finally {
      await server.stop();
    }
    console.log(`peak RSS of this process (ingest + in-process search): ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
  } finally {
    clearInterval(sampler);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
