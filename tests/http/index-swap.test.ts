import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { startServer, type TestServer } from '../helpers/server';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-swap-'));
const dataDir = path.join(tmp, 'data');
const corpusDir = path.join(tmp, 'corpus');
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  fs.mkdirSync(corpusDir);
  fs.copyFileSync('corpus/thesis.md', path.join(corpusDir, 'thesis.md'));
  await runIngest({ corpusDir, dataDir, model: 'glove-sif-100d' });
  // Two instances against one index: the index is read-only at serve time.
  [a, b] = await Promise.all([startServer({ dataDir }), startServer({ dataDir })]);
}, 300_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function search(server: TestServer, q: string) {
  const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}&k=3`);
  return { status: res.status, body: await res.json() };
}

describe('serving one index from two instances, and swapping it live', () => {
  it('both instances answer the same query identically', async () => {
    const [ra, rb] = await Promise.all([search(a, 'Joint Mexican-United States Defense Commission'), search(b, 'Joint Mexican-United States Defense Commission')]);
    expect(ra.status).toBe(200);
    expect(ra.body.results.map((r: { id: string }) => r.id)).toEqual(rb.body.results.map((r: { id: string }) => r.id));
  });

  it('picks up a new ingest without a restart or a failed request', async () => {
    const before = await (await fetch(`${a.url}/api/health`)).json();
    let stop = false;
    const statuses: number[] = [];
    const hammer = (async () => {
      while (!stop) {
        const [ra, rb] = await Promise.all([search(a, 'quetzal Guatemala'), search(b, 'Merida Initiative')]);
        statuses.push(ra.status, rb.status);
      }
    })();
    fs.writeFileSync(path.join(corpusDir, 'notes.md'), '# Field notes\n\nThe quetzal is the national bird of Guatemala.\n');
    await runIngest({ corpusDir, dataDir, model: 'glove-sif-100d' });
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    await hammer;
    expect(statuses.length).toBeGreaterThan(4);
    expect(statuses.every((s) => s === 200)).toBe(true);
    for (const server of [a, b]) {
      const after = await (await fetch(`${server.url}/api/health`)).json();
      expect(after.build).not.toBe(before.build);
      const { body } = await search(server, 'national bird of Guatemala');
      expect(body.results[0].id).toMatch(/^notes:/);
    }
  });

  it('answers 503 with the fix when the index is missing or corrupt, and recovers', async () => {
    const manifest = path.join(dataDir, 'manifest.json');
    const saved = fs.readFileSync(manifest, 'utf8');
    fs.writeFileSync(manifest, '{broken');
    const corrupt = await search(a, 'Plan Colombia');
    // A server that already serves a build keeps it when the new manifest is unreadable.
    expect([200, 503]).toContain(corrupt.status);
    fs.rmSync(manifest);
    const missing = await fetch(`${b.url}/api/search?q=x`);
    expect(missing.status).toBe(503);
    expect((await missing.json()).error.message).toMatch(/npm run ingest/);
    fs.writeFileSync(manifest, saved);
    expect((await search(b, 'Plan Colombia')).status).toBe(200);
  });
});
