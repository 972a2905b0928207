import type { Citation, AnswerSentence } from '@/lib/cite/types';

/** A UI message stream body as /api/chat sends it, for checking how the page renders given parts. */
export function cannedStream(opts: { text: string; citations: Citation[]; sentences: AnswerSentence[]; notice?: string }): string {
  const parts: unknown[] = [{ type: 'start', messageId: 'canned-1' }, { type: 'start-step' }];
  if (opts.notice) parts.push({ type: 'data-notice', id: 'notice', data: { message: opts.notice } });
  parts.push({ type: 'text-start', id: 'answer' }, { type: 'text-delta', id: 'answer', delta: opts.text }, { type: 'text-end', id: 'answer' });
  for (const c of opts.citations) parts.push({ type: 'data-citation', id: `citation-${c.n}`, data: c });
  const verification = { citationRecall: opts.sentences.filter((s) => s.supported).length / opts.sentences.length, citationPrecision: 1 };
  parts.push({ type: 'data-answer', id: 'answer', data: { abstained: false, model: 'canned', verification, sentences: opts.sentences, passages: [], ...(opts.notice ? { notice: opts.notice } : {}) } });
  parts.push({ type: 'finish-step' }, { type: 'finish', finishReason: 'stop' });
  return `${parts.map((p) => `data: ${JSON.stringify(p)}\n\n`).join('')}data: [DONE]\n\n`;
}

export const SSE_HEADERS = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-vercel-ai-ui-message-stream': 'v1' };
