import { APICallError } from '@ai-sdk/provider';

export class LlmTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'LlmTimeoutError';
  }
}

function causeCode(err: unknown): string | undefined {
  let cur: unknown = err;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A short, key-free description of why an LLM call failed, for the notice shown to users. */
export function describeLlmError(err: unknown): string {
  if (err instanceof LlmTimeoutError) return `it did not answer within ${err.ms} ms`;
  if (APICallError.isInstance(err)) {
    const s = err.statusCode;
    if (s === 401 || s === 403) return `it rejected the API key (HTTP ${s})`;
    if (s === 404) return `the model or endpoint was not found (HTTP 404)`;
    if (s === 429) return 'it is rate-limiting requests (HTTP 429)';
    if (s) return `it returned HTTP ${s}`;
    const code = causeCode(err);
    return code ? `it could not be reached (${code})` : 'it could not be reached';
  }
  const code = causeCode(err);
  if (code && /^(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|UND_ERR)/.test(code)) return `it could not be reached (${code})`;
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/(sk|key)[-_][A-Za-z0-9_-]{6,}/g, '[redacted]').slice(0, 200);
}

/** The notice attached to an answer that fell back from an LLM to the extractive answerer. */
export function fallbackNotice(modelName: string, reason: string): string {
  return `The language model (${modelName}) failed: ${reason}. Showing the extractive answer from the thesis instead.`;
}
