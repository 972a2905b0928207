import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { testDataDir } from '../helpers/test-index';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ dataDir: await testDataDir() });
}, 300_000);
afterAll(async () => server?.stop());

describe('security headers and hostile input', () => {
  it('pages carry a nonce CSP that their scripts use, and the usual headers', async () => {
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const second = (await fetch(`${server.url}/`)).headers.get('content-security-policy');
    expect(second).not.toBe(csp); // a fresh nonce per request
  });

  it('API answers are JSON with nosniff, whatever the question holds', async () => {
    const question = '<script>alert("x")</script><img src=x onerror=alert(1)> What is Plan Colombia?';
    const res = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await res.json();
    expect(body.answer).not.toMatch(/<script|onerror/);
  });

  it('malformed JSON, wrong types and oversized input are 400s without stack traces', async () => {
    const post = (body: string) => fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    for (const body of ['{not json', '', '[]', '{"question": 42}', '{"question": ""}', JSON.stringify({ question: 'x'.repeat(2001) })]) {
      const res = await post(body);
      expect(res.status, body.slice(0, 20)).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).error.kind).toBe('bad-request');
      expect(text).not.toMatch(/\n\s+at |node_modules/);
    }
    const chat = await fetch(`${server.url}/api/chat`, { method: 'POST', body: '{"messages": "nope"}' });
    expect(chat.status).toBe(400);
    const unknown = await fetch(`${server.url}/api/passages/${encodeURIComponent('thesis:nope:1')}`);
    expect(unknown.status).toBe(404);
  });
});

describe('a corpus document containing markup', () => {
  it('is indexed and shown as text, never as HTML', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { runIngest } = await import('@/lib/ingest/run-ingest');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-markup-'));
    const corpusDir = path.join(tmp, 'corpus');
    fs.mkdirSync(corpusDir);
    fs.copyFileSync('corpus/thesis.md', path.join(corpusDir, 'thesis.md'));
    fs.writeFileSync(
      path.join(corpusDir, 'markup.md'),
      '# Hostile notes\n\nThe zanzibar memo says <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=2"> plus <b>bold</b> text.\n',
    );
    await runIngest({ corpusDir, dataDir: path.join(tmp, 'data'), model: 'glove-sif-100d' });
    const own = await startServer({ dataDir: path.join(tmp, 'data') });
    try {
      const { results } = await (await fetch(`${own.url}/api/search?q=zanzibar%20memo&k=1`)).json();
      expect(results[0].text).toContain('<script>window.__pwned = 1</script>');
      const html = await (await fetch(`${own.url}/passage/${encodeURIComponent(results[0].id)}`)).text();
      expect(html).toContain('zanzibar memo');
      expect(html).not.toContain('<script>window.__pwned');
      expect(html).not.toMatch(/<img[^>]*onerror/);
      expect(html).not.toContain('<b>bold</b>');
    } finally {
      await own.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});
