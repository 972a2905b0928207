import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '@/lib/answer/answer-question';
import { chatResponse } from '@/lib/answer/chat-stream';
import { llmFromConfig, isUnavailable } from '@/lib/answer/providers';
import { parseConfig } from '@/lib/config';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';
import { readUiChunks } from './helpers';

/** A minimal OpenAI-compatible server (as Ollama, LM Studio, vLLM and llama.cpp expose) started by the test. */
interface Received {
  path: string;
  auth: string | undefined;
  body: { model: string; stream: boolean; messages: { role: string; content: string }[] };
}
let server: http.Server;
let baseURL: string;
const received: Received[] = [];
let reply = 'In 1972, President Nixon declared a war on drugs.[1]';
let status = 200;

function sse(chunks: object[]): string {
  return chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + 'data: [DONE]\n\n';
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const body = JSON.parse(raw);
      received.push({ path: req.url ?? '', auth: req.headers.authorization, body });
      if (status !== 200) {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'Invalid API key', type: 'invalid_request_error' } }));
        return;
      }
      const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: body.model };
      const words = reply.match(/\S+\s*/g) ?? [];
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(
        sse([
          ...words.map((w, i) => ({ ...base, choices: [{ index: 0, delta: i ? { content: w } : { role: 'assistant', content: w }, finish_reason: null }] })),
          { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: { prompt_tokens: 100, completion_tokens: words.length, total_tokens: 100 + words.length } },
        ]),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let store: Store;
beforeAll(async () => {
  store = await loadStore(await testDataDir());
});

const configured = (env: Record<string, string>) => {
  const choice = llmFromConfig(parseConfig({ LLM_PROVIDER: 'openai-compatible', LLM_MODEL: 'llama3.1', LLM_BASE_URL: baseURL, ...env }));
  if (!choice || isUnavailable(choice)) throw new Error('expected a usable provider');
  return choice;
};

describe('openai-compatible provider against a local endpoint', () => {
  it('posts a streaming chat completion with the system rules and numbered passages', async () => {
    status = 200;
    reply = 'In 1972, President Nixon declared a war on drugs.[1]';
    const r = await answerQuestion(store, 'When did President Nixon declare a war on drugs?', { llm: configured({ LLM_API_KEY: 'local-key' }) });
    const req = received.at(-1)!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.auth).toBe('Bearer local-key');
    expect(req.body).toMatchObject({ model: 'llama3.1', stream: true });
    expect(req.body.messages[0]).toMatchObject({ role: 'system' });
    expect(req.body.messages[0].content).toMatch(/\[n\]|square brackets/);
    expect(req.body.messages[1].content).toMatch(/^Passages:\n\n\[1\]/);
    expect(req.body.messages[1].content).toMatch(/Question: When did President Nixon declare a war on drugs\?$/);
    expect(r.model).toBe('openai-compatible:llama3.1');
    expect(r.notice).toBeUndefined();
    expect(r.answer).toBe(reply);
    expect(r.citations[0].id).toBe(r.passages[0].id);
  });

  it('streams through /api/chat the same way', async () => {
    status = 200;
    reply = 'Nixon declared it in 1972.[2][1]';
    const res = await chatResponse(store, 'When did President Nixon declare a war on drugs?', { llm: configured({}) });
    const chunks = await readUiChunks(res);
    expect(chunks.filter((c) => c.type === 'text-delta').map((c) => c.delta).join('')).toBe('Nixon declared it in 1972.[1][2]');
    expect(chunks.filter((c) => c.type === 'source-document')).toHaveLength(2);
  });

  it('falls back to the extractive answer with a notice when the endpoint rejects the key', async () => {
    status = 401;
    const r = await answerQuestion(store, 'When did President Nixon declare a war on drugs?', { llm: configured({ LLM_API_KEY: 'bad' }) });
    expect(r.notice).toMatch(/rejected the API key \(HTTP 401\)/);
    expect(r.model).toBe('footnote-extractive-1');
    expect(r.answer).toContain('1972');
    status = 200;
  });

  it('falls back when nothing listens at LLM_BASE_URL', async () => {
    const dead = llmFromConfig(parseConfig({ LLM_PROVIDER: 'openai-compatible', LLM_MODEL: 'x', LLM_BASE_URL: 'http://127.0.0.1:9/v1' }));
    const r = await answerQuestion(store, 'When did President Nixon declare a war on drugs?', { llm: dead, timeoutMs: 5000 });
    expect(r.notice).toMatch(/could not be reached|failed/);
    expect(r.answer).toContain('1972');
  });

  it('reports missing settings instead of calling out', () => {
    expect(llmFromConfig(parseConfig({ LLM_PROVIDER: 'openai-compatible', LLM_MODEL: 'x' }))).toMatchObject({ problem: /LLM_BASE_URL/ });
    expect(llmFromConfig(parseConfig({ LLM_PROVIDER: 'openai' }))).toMatchObject({ problem: /OPENAI_API_KEY/ });
    expect(llmFromConfig(parseConfig({ LLM_PROVIDER: 'extractive' }))).toBeNull();
    expect(llmFromConfig(parseConfig({ LLM_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: 'k' }))).toMatchObject({ name: 'anthropic:claude-sonnet-4-5' });
  });
});
