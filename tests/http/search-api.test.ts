import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { testDataDir } from '../helpers/test-index';

let server: TestServer;
let empty: TestServer;
const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-noindex-'));

beforeAll(async () => {
  const dataDir = await testDataDir();
  [server, empty] = await Promise.all([startServer({ dataDir }), startServer({ dataDir: emptyDir })]);
}, 300_000);

afterAll(async () => {
  await Promise.all([server?.stop(), empty?.stop()]);
  fs.rmSync(emptyDir, { recursive: true, force: true });
});

describe('GET /api/search', () => {
  it('returns ranked records in the documented shape', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('When did President Nixon declare a war on drugs?')}&k=5`);
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results).toHaveLength(5);
    expect(Object.keys(results[0]).sort()).toEqual(['footnotes', 'id', 'kind', 'pages', 'score', 'section', 'sectionTitle', 'text']);
    expect(results.map((r: { text: string }) => r.text).join(' ')).toMatch(/In 1972, President Nixon declared a war on drugs/);
    expect(results[0].score).toBeGreaterThanOrEqual(results[1].score);
  });

  it('filters by kind and section', async () => {
    const res = await fetch(`${server.url}/api/search?q=Turbiville&kind=footnote,bibliography&section=II&k=20`);
    const { results } = await res.json();
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r: { kind: string }) => r.kind === 'footnote' || r.kind === 'bibliography')).toBe(true);
  });

  it('rejects bad input with a JSON 400', async () => {
    for (const query of ['q=', 'q=%20%20', `q=${'x'.repeat(2001)}`, 'q=ok&kind=poem', 'q=ok&k=0', 'q=ok&k=abc', 'q=ok&section=<script>']) {
      const res = await fetch(`${server.url}/api/search?${query}`);
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.error.kind).toBe('bad-request');
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
    }
  });

  it('answers 503 with the fix when there is no index', async () => {
    const res = await fetch(`${empty.url}/api/search?q=Colombia`);
    expect(res.status).toBe(503);
    expect((await res.json()).error.message).toMatch(/npm run ingest/);
    expect((await fetch(`${empty.url}/api/health`)).status).toBe(503);
  });
});
