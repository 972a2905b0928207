import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';
import { convertArrayToReadableStream } from 'ai/test';

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** A mock LLM that streams the given text in small chunks (splitting [n] markers across chunks). */
export function mockLlm(text: string, chunk = 3): MockLanguageModelV3 {
  const deltas: LanguageModelV3StreamPart[] = [];
  for (let i = 0; i < text.length; i += chunk) deltas.push({ type: 'text-delta', id: 't', delta: text.slice(i, i + chunk) });
  return new MockLanguageModelV3({
    doStream: async () => ({
      stream: convertArrayToReadableStream<LanguageModelV3StreamPart>([
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 't' },
        ...deltas,
        { type: 'text-end', id: 't' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
      ]),
    }),
  });
}

/** A mock LLM whose call fails the way a provider does (e.g. a 401). */
export function failingLlm(error: unknown): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    doStream: async () => {
      throw error;
    },
  });
}

/** A mock LLM that never answers until aborted. */
export function hangingLlm(): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    doStream: ({ abortSignal }) =>
      new Promise((_, reject) => abortSignal?.addEventListener('abort', () => reject(abortSignal.reason), { once: true })),
  });
}

/** Parses an AI SDK UI message stream response (SSE) into its chunks. */
export async function readUiChunks(res: Response): Promise<{ type: string; [k: string]: unknown }[]> {
  const text = await res.text();
  return text
    .split('\n\n')
    .map((block) => block.trim())
    .filter((b) => b.startsWith('data: ') && b !== 'data: [DONE]')
    .map((b) => JSON.parse(b.slice('data: '.length)));
}
