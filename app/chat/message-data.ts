import type { ChatAnswerData, FootnoteUIMessage } from '@/lib/answer/chat-types';
import type { Citation } from '@/lib/cite/types';

/** What an assistant message from /api/chat holds, gathered from its parts. */
export interface AnswerView {
  /** The answer text with [n] markers (the last text part: a fallback answer replaces a failed one). */
  text: string;
  /** Citations by footnote number, in order. */
  citations: Citation[];
  /** Abstention, verification and sentences; null until the answer is complete. */
  answer: ChatAnswerData | null;
  /** E.g. "The language model failed … showing the extractive answer". */
  notice: string | null;
}

type SourceMeta = Omit<Citation, 'kind' | 'label'>;

export function answerView(m: Pick<FootnoteUIMessage, 'parts'>): AnswerView {
  let text = '';
  const byN = new Map<number, Citation>();
  let answer: ChatAnswerData | null = null;
  let notice: string | null = null;
  for (const p of m.parts) {
    if (p.type === 'text') text = p.text;
    else if (p.type === 'data-citation') byN.set(p.data.n, p.data);
    else if (p.type === 'data-answer') answer = p.data;
    else if (p.type === 'data-notice') notice = p.data.message;
    else if (p.type === 'source-document') {
      const meta = p.providerMetadata?.footnote as unknown as SourceMeta | undefined;
      if (meta && typeof meta.n === 'number' && !byN.has(meta.n)) byN.set(meta.n, { ...meta, kind: 'passage', label: p.title });
    }
  }
  return { text, citations: [...byN.values()].sort((a, b) => a.n - b.n), answer, notice: notice ?? answer?.notice ?? null };
}

/** The text of a user message. */
export function messageText(m: Pick<FootnoteUIMessage, 'parts'>): string {
  return m.parts
    .map((p) => (p.type === 'text' ? p.text : ''))
    .join(' ')
    .trim();
}

/** A copy of the messages small enough for localStorage: retrieved passages are dropped from answers. */
export function forStorage(messages: readonly FootnoteUIMessage[]): FootnoteUIMessage[] {
  return messages.map((m) => ({
    ...m,
    parts: m.parts.map((p) => (p.type === 'data-answer' ? { ...p, data: { ...p.data, passages: [] } } : p)),
  }));
}
