import type { LanguageModelV3, LanguageModelV3StreamPart, LanguageModelV3Usage } from '@ai-sdk/provider';

function usage(outputWords: number): LanguageModelV3Usage {
  return {
    inputTokens: { total: 0, noCache: 0, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: outputWords, text: outputWords, reasoning: undefined },
  };
}

/** Word-sized chunks (each keeps its trailing space), so the stream looks like a model's. */
export function chunkText(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

/**
 * A LanguageModelV3 whose output is computed locally by `produce`. doGenerate returns it whole;
 * doStream sends stream-start, response-metadata, text-start, one text-delta per word, text-end
 * and finish (v3 usage shape).
 */
export function localTextModel(modelId: string, produce: () => string): LanguageModelV3 {
  return {
    specificationVersion: 'v3',
    provider: 'footnote',
    modelId,
    supportedUrls: {},
    async doGenerate() {
      const text = produce();
      return {
        content: [{ type: 'text', text }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: usage(chunkText(text).length),
        warnings: [],
      };
    },
    async doStream() {
      const text = produce();
      const chunks = chunkText(text);
      const parts: LanguageModelV3StreamPart[] = [
        { type: 'stream-start', warnings: [] },
        { type: 'response-metadata', modelId },
        { type: 'text-start', id: 'text-0' },
        ...chunks.map((delta): LanguageModelV3StreamPart => ({ type: 'text-delta', id: 'text-0', delta })),
        { type: 'text-end', id: 'text-0' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage: usage(chunks.length) },
      ];
      return {
        stream: new ReadableStream<LanguageModelV3StreamPart>({
          start(controller) {
            for (const p of parts) controller.enqueue(p);
            controller.close();
          },
        }),
      };
    },
  };
}
