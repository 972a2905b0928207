export interface ChatProblem {
  kind: 'offline' | 'no-index' | 'rate-limited' | 'bad-request' | 'failed';
  message: string;
}

export const OFFLINE_MESSAGE = 'The server is unreachable. Check that Footnote is running and your connection is up, then try again.';

const INDEX_KINDS = new Set(['index-missing', 'index-corrupt', 'index-mismatch']);

/** A server error body ({ error: { kind, message } }) or network failure, as something to tell the user. */
export function describeProblem(kind: string | undefined, message: string | undefined): ChatProblem {
  if (kind && INDEX_KINDS.has(kind)) return { kind: 'no-index', message: message ?? 'No index found. Run `npm run ingest` to build it.' };
  if (kind === 'rate-limited') return { kind: 'rate-limited', message: message ?? 'Too many questions at once; wait a moment and try again.' };
  if (kind === 'bad-request') return { kind: 'bad-request', message: message ?? 'The question could not be sent.' };
  return { kind: 'failed', message: message ?? 'The answer could not be completed.' };
}

/** Interprets the Error useChat reports: the transport puts a failed response's body in the message. */
export function describeChatError(err: Error): ChatProblem {
  if (err instanceof TypeError || /failed to fetch|networkerror|load failed|fetch failed|network error/i.test(err.message)) {
    return { kind: 'offline', message: OFFLINE_MESSAGE };
  }
  try {
    const body = JSON.parse(err.message) as { error?: { kind?: string; message?: string } };
    if (body?.error) return describeProblem(body.error.kind, body.error.message);
  } catch {
    // not a JSON error body
  }
  return describeProblem(undefined, err.message || undefined);
}
