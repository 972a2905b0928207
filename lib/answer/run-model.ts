import type { LanguageModelV3 } from '@ai-sdk/provider';
import { streamText } from 'ai';
import { LlmTimeoutError } from './llm-error';

export interface RunModelOptions {
  system: string;
  prompt: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Streams a model's text deltas. Provider errors (401, unreachable, ...) are thrown, not swallowed,
 * and the whole call is cut off after `timeoutMs` with an LlmTimeoutError.
 */
export async function* streamModelText(model: LanguageModelV3, opts: RunModelOptions): AsyncGenerator<string> {
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(new LlmTimeoutError(opts.timeoutMs)), opts.timeoutMs);
  const abortSignal = opts.signal ? AbortSignal.any([opts.signal, timer.signal]) : timer.signal;
  try {
    const result = streamText({ model, system: opts.system, prompt: opts.prompt, abortSignal, maxRetries: 0, temperature: 0, onError: () => {} });
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') yield part.text;
      else if (part.type === 'error') throw part.error;
      else if (part.type === 'abort') throw timer.signal.aborted ? timer.signal.reason : new Error('request aborted');
    }
  } catch (err) {
    throw timer.signal.aborted ? timer.signal.reason : err;
  } finally {
    clearTimeout(timeout);
  }
}

/** The whole text of a model's answer. */
export async function runModelText(model: LanguageModelV3, opts: RunModelOptions): Promise<string> {
  let text = '';
  for await (const delta of streamModelText(model, opts)) text += delta;
  return text;
}
