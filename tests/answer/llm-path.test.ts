import { APICallError } from '@ai-sdk/provider';
import { beforeAll, describe, expect, it } from 'vitest';
import { ABSTAIN_TEXT } from '@/lib/answer/abstain';
import { answerQuestion } from '@/lib/answer/answer-question';
import { chatResponse } from '@/lib/answer/chat-stream';
import { SYSTEM_PROMPT } from '@/lib/answer/prompt';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';
import { failingLlm, hangingLlm, mockLlm, readUiChunks } from './helpers';

let store: Store;
beforeAll(async () => {
  store = await loadStore(await testDataDir());
});

const Q = 'When did President Nixon declare a war on drugs?';

describe('answerQuestion with an LLM (MockLanguageModelV3)', () => {
  it('sends the numbered passages and the rules, and renumbers, resolves and verifies its markers', async () => {
    const model = mockLlm('In 1972, President Nixon declared a war on drugs.[3][42] He did it in Paris in 1999.[1]');
    const r = await answerQuestion(store, Q, { llm: { name: 'mock:llm', model } });
    const call = model.doStreamCalls[0];
    expect(JSON.stringify(call.prompt)).toContain(SYSTEM_PROMPT.slice(0, 40));
    expect(JSON.stringify(call.prompt)).toMatch(/\[1\].*\\n/);
    expect(r.model).toBe('mock:llm');
    expect(r.answer).toBe('In 1972, President Nixon declared a war on drugs.[1] He did it in Paris in 1999.[2]');
    expect(r.citations.map((c) => c.n)).toEqual([1, 2]);
    expect(r.citations[0].id).toBe(r.passages[2].id);
    for (const c of r.citations) expect(store.byId.get(c.id)!.text).toContain(c.quote);
    const [first, second] = r.sentences;
    expect(first.supported).toBe(r.passages[2].text.includes('1972'));
    expect(second).toMatchObject({ supported: false, citations: [2] });
    expect(r.verification.citationRecall).toBeLessThan(1);
  });

  it('gives the LLM the passages\' footnotes for source questions, and the audit\'s findings for "Where are the citations weak?"', async () => {
    const text = (m: ReturnType<typeof mockLlm>) => JSON.stringify(m.doStreamCalls[0].prompt);
    const plain = mockLlm('In 1972.[1]');
    await answerQuestion(store, Q, { llm: { name: 'mock:llm', model: plain } });
    expect(text(plain)).not.toContain('Footnotes of [');
    const source = mockLlm('Deare.[1]');
    await answerQuestion(store, 'Which source is cited for the 201st Fighter Squadron?', { llm: { name: 'mock:llm', model: source } });
    expect(text(source)).toMatch(/Footnotes of \[1\]:\\n\d+\. [^\\]*\(bibliography: /);
    const audit = mockLlm('Footnote 35 cites another title.[1]');
    await answerQuestion(store, "Where are the thesis's citations weak?", { llm: { name: 'mock:llm', model: audit } });
    expect(text(audit)).toContain('Citation audit findings');
    expect(text(audit)).toMatch(/Footnote 35 cites the title[^\\]*\[\d\]/);
    const most = mockLlm('Turbiville is cited most.[1]');
    await answerQuestion(store, 'Which sources does the thesis cite most?', { llm: { name: 'mock:llm', model: most } });
    expect(text(most)).toMatch(/is cited in 31 of the thesis's 187 footnotes, first in footnote 36\.[^\\]*\[\d\]/);
  });

  it('turns an LLM abstention into the fixed abstention without citations', async () => {
    const r = await answerQuestion(store, 'What is the capital of Australia?', {
      llm: { name: 'mock:llm', model: mockLlm('The passages do not address this question.') },
    });
    expect(r).toMatchObject({ abstained: true, answer: ABSTAIN_TEXT, citations: [] });
  });

  it('keeps an uncited LLM answer visible but flags every sentence as unsupported', async () => {
    const r = await answerQuestion(store, Q, { llm: { name: 'mock:llm', model: mockLlm('Nixon declared it in 1972.') } });
    expect(r.abstained).toBe(false);
    expect(r.sentences).toEqual([expect.objectContaining({ supported: false, citations: [] })]);
    expect(r.verification.citationRecall).toBe(0);
  });

  it('falls back to the extractive answer with a notice on a 401', async () => {
    const err = new APICallError({ message: 'Unauthorized', url: 'http://x/v1/chat/completions', requestBodyValues: {}, statusCode: 401 });
    const r = await answerQuestion(store, Q, { llm: { name: 'openai:gpt-4o-mini', model: failingLlm(err) } });
    expect(r.notice).toMatch(/openai:gpt-4o-mini.*rejected the API key \(HTTP 401\).*extractive/);
    expect(r.model).toBe('footnote-extractive-1');
    expect(r.answer).toContain('1972');
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('falls back on a timeout', async () => {
    const r = await answerQuestion(store, Q, { llm: { name: 'slow:llm', model: hangingLlm() }, timeoutMs: 150 });
    expect(r.notice).toMatch(/did not answer within 150 ms/);
    expect(r.answer).toContain('1972');
  });

  it('explains a configured but unusable provider', async () => {
    const r = await answerQuestion(store, Q, { llm: { name: 'anthropic:claude', problem: 'ANTHROPIC_API_KEY is not set' } });
    expect(r.notice).toMatch(/ANTHROPIC_API_KEY is not set/);
    expect(r.abstained).toBe(false);
  });
});

describe('chatResponse (UI message stream)', () => {
  it('streams renumbered text, then source-document and data-citation parts, then data-answer', async () => {
    const res = await chatResponse(store, Q, { llm: { name: 'mock:llm', model: mockLlm('Nixon declared a war on drugs in 1972.[3] It began then.[3][5]', 2) } });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const chunks = await readUiChunks(res);
    const types = chunks.map((c) => c.type);
    expect(types[0]).toBe('start');
    expect(types.at(-1)).toBe('finish');
    const text = chunks.filter((c) => c.type === 'text-delta').map((c) => c.delta).join('');
    expect(text).toBe('Nixon declared a war on drugs in 1972.[1] It began then.[1][2]');
    const sources = chunks.filter((c) => c.type === 'source-document');
    expect(sources).toHaveLength(2);
    expect(sources[0]).toMatchObject({ mediaType: 'text/plain', title: expect.stringMatching(/^Thesis/) });
    expect((sources[0].providerMetadata as { footnote: { n: number; quote: string } }).footnote).toMatchObject({ n: 1, quote: expect.any(String) });
    expect(chunks.filter((c) => c.type === 'data-citation').map((c) => (c.data as { n: number }).n)).toEqual([1, 2]);
    const answer = chunks.find((c) => c.type === 'data-answer')!.data as { abstained: boolean; verification: object };
    expect(answer.abstained).toBe(false);
    expect(types.indexOf('text-end')).toBeLessThan(types.indexOf('source-document'));
  });

  it('streams the extractive answer by default and a notice part when the LLM fails', async () => {
    const res = await chatResponse(store, Q, { llm: { name: 'broken:llm', model: failingLlm(new Error('boom')) } });
    const chunks = await readUiChunks(res);
    expect(chunks.find((c) => c.type === 'data-notice')).toMatchObject({ data: { message: expect.stringMatching(/broken:llm.*boom/) } });
    const text = chunks.filter((c) => c.type === 'text-delta').map((c) => c.delta).join('');
    expect(text).toContain('1972');
    expect(text).toMatch(/\[1\]/);
  });
});
