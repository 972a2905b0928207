import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { testDataDir } from '../helpers/test-index';

let server: TestServer;
let withLlm: TestServer;

beforeAll(async () => {
  const dataDir = await testDataDir();
  [server, withLlm] = await Promise.all([
    // The default, offline answerer: whatever LLM settings the machine has are ignored here.
    startServer({ dataDir, env: { LLM_PROVIDER: 'extractive' } }),
    // An LLM that cannot be reached (nothing listens on port 9), with a small per-client budget.
    startServer({
      dataDir,
      env: { LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'local', RATE_LIMIT_PER_MINUTE: '2' },
    }),
  ]);
}, 300_000);

afterAll(async () => {
  await Promise.all([server?.stop(), withLlm?.stop()]);
});

/** A paraphrase the extractive answerer abstains on ("the isthmus outfit" for the Caribbean Defense Command in Panama), though its passage ranks first. */
const LEAD_QUESTION = 'Who did Bogotá send as its go-between to the 1941 isthmus outfit?';

const post = (path: string, body: unknown, to = () => server) =>
  fetch(`${to().url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/ask', () => {
  it('answers with footnote citations in the documented shape', async () => {
    const res = await post('/api/ask', { question: 'When did President Nixon declare a war on drugs?' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.answer).toMatch(/1972.*\[1\]/);
    expect(body.abstained).toBe(false);
    expect(body.citations[0]).toMatchObject({
      n: 1,
      id: expect.any(String),
      section: expect.any(String),
      sectionTitle: expect.any(String),
      pages: { start: expect.any(Number), end: expect.any(Number) },
      quote: expect.stringContaining('1972'),
    });
    for (const f of body.citations[0].footnotes) expect(f).toMatchObject({ n: expect.any(Number), text: expect.any(String) });
    expect(body.passages.length).toBeGreaterThan(0);
    expect(body.verification).toEqual({ citationRecall: expect.any(Number), citationPrecision: expect.any(Number) });
  });

  it('names the thesis footnote and its bibliography entry for a source question', async () => {
    const res = await post('/api/ask', { question: 'Which source does the thesis cite for the Colombian Battalion fighting as part of a U.S. division in Korea?' });
    const body = await res.json();
    const sources = body.citations.flatMap((c: { footnotes: { source: { text: string } | null }[] }) => c.footnotes.map((f) => f.source?.text ?? ''));
    expect(sources.join(' ')).toMatch(/Ramsey/);
  });

  it('abstains on a question the thesis does not address', async () => {
    const body = await (await post('/api/ask', { question: 'What is the capital of Australia?' })).json();
    expect(body).toMatchObject({ abstained: true, answer: 'The thesis does not address this question.', citations: [], leads: [], unmentioned: ['Australia'] });
  });

  it('points an abstention it cannot word-match to the closest passages, not as citations', async () => {
    const body = await (await post('/api/ask', { question: LEAD_QUESTION })).json();
    expect(body).toMatchObject({ abstained: true, citations: [] });
    expect(body.leads.length).toBeGreaterThan(0);
    expect(body.leads.length).toBeLessThanOrEqual(3);
    expect(body.leads[0]).toMatchObject({ id: expect.stringMatching(/^thesis:III\.C/), section: 'III.C', label: expect.stringMatching(/^Thesis pp?\. \d+/), excerpt: expect.stringContaining('Caribbean Defense Command') });
    const passage = body.passages.find((p: { id: string }) => p.id === body.leads[0].id);
    expect(passage.text).toContain(body.leads[0].excerpt);
  });

  it('rejects bad input with a JSON 400', async () => {
    for (const body of [{}, { question: '' }, { question: 'x'.repeat(2001) }, { question: 42 }]) {
      const res = await post('/api/ask', body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect((await res.json()).error.kind).toBe('bad-request');
    }
    const res = await fetch(`${server.url}/api/ask`, { method: 'POST', body: '{not json' });
    expect(res.status).toBe(400);
  });
});

describe('POST /api/chat', () => {
  const ask = (text: string, earlier: string[] = []) =>
    post('/api/chat', {
      id: 'chat-1',
      trigger: 'submit-message',
      messages: [
        ...earlier.flatMap((t, i) => [
          { id: `u${i}`, role: 'user', parts: [{ type: 'text', text: t }] },
          { id: `a${i}`, role: 'assistant', parts: [{ type: 'text', text: '...' }] },
        ]),
        { id: 'u-last', role: 'user', parts: [{ type: 'text', text }] },
      ],
    });

  async function chunks(res: Response) {
    const raw = await res.text();
    expect(raw.trim().endsWith('data: [DONE]')).toBe(true);
    return raw
      .split('\n\n')
      .filter((b) => b.startsWith('data: {'))
      .map((b) => JSON.parse(b.slice(6)) as { type: string; [k: string]: unknown });
  }

  it('streams an AI SDK v6 UI message stream with text, source-document and data parts', async () => {
    const res = await ask('When did President Nixon declare a war on drugs?');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(res.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const parts = await chunks(res);
    const types = parts.map((p) => p.type);
    expect(types[0]).toBe('start');
    expect(types).toContain('text-start');
    expect(types.at(-1)).toBe('finish');
    const text = parts.filter((p) => p.type === 'text-delta').map((p) => p.delta).join('');
    expect(text).toMatch(/1972.*\[1\]/);
    const source = parts.find((p) => p.type === 'source-document')!;
    expect(source).toMatchObject({ sourceId: expect.any(String), mediaType: 'text/plain', title: expect.stringMatching(/^Thesis/) });
    expect(source.providerMetadata).toMatchObject({ footnote: { n: 1, quote: expect.stringContaining('1972') } });
    expect(parts.find((p) => p.type === 'data-citation')).toMatchObject({ data: { n: 1 } });
    expect(parts.find((p) => p.type === 'data-answer')).toMatchObject({ data: { abstained: false, leads: [] } });
  });

  it('closes an abstention with the closest passages in the data-answer part', async () => {
    const parts = await chunks(await ask(LEAD_QUESTION));
    const answer = parts.find((p) => p.type === 'data-answer') as unknown as { data: { abstained: boolean; leads: { id: string; excerpt: string }[] } };
    expect(answer.data.abstained).toBe(true);
    expect(answer.data.leads[0]).toMatchObject({ id: expect.stringMatching(/^thesis:III\.C/), excerpt: expect.stringContaining('Caribbean Defense Command') });
    expect(parts.some((p) => p.type === 'source-document')).toBe(false);
  });

  it('uses the earlier turns to resolve a follow-up', async () => {
    const parts = await chunks(await ask('What about Colombia?', ['How much foreign assistance did the U.S. plan to give Mexico in FY2017?']));
    const text = parts.filter((p) => p.type === 'text-delta').map((p) => p.delta).join('');
    expect(text).toMatch(/391 million/);
  });

  it('answers "What else …" without repeating the previous answer', async () => {
    const first = 'Who was General Wilhelm?';
    const shown = (await chunks(await ask(first))).filter((p) => p.type === 'text-delta').map((p) => p.delta).join('');
    expect(shown).toMatch(/General Charles E\. Wilhelm assumed command/);
    const res = await post('/api/chat', {
      messages: [
        { id: 'u0', role: 'user', parts: [{ type: 'text', text: first }] },
        { id: 'a0', role: 'assistant', parts: [{ type: 'text', text: shown }] },
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'What else does the thesis say about him?' }] },
      ],
    });
    const more = (await chunks(res)).filter((p) => p.type === 'text-delta').map((p) => p.delta).join('');
    expect(more).toMatch(/Wilhelm/);
    expect(more).not.toMatch(/assumed command of USSOUTHCOM/);
  });

  it('rejects a body without messages', async () => {
    const res = await post('/api/chat', { messages: [] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.kind).toBe('bad-request');
  });
});

describe('with an LLM configured', () => {
  it('falls back to the extractive answer with a notice when the LLM is unreachable, and rate-limits per client', async () => {
    const ask = () => post('/api/ask', { question: 'When did President Nixon declare a war on drugs?' }, () => withLlm);
    const first = await ask();
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body.notice).toMatch(/openai-compatible:local.*extractive/);
    expect(body.answer).toMatch(/1972/);
    expect((await ask()).status).toBe(200);
    const third = await ask();
    expect(third.status).toBe(429);
    expect((await third.json()).error.kind).toBe('rate-limited');
  });
});
