import type { ChatStatus } from 'ai';
import type { FootnoteUIMessage } from '@/lib/answer/chat-types';

/** Announced to screen readers (not shown) when an answer has arrived. */
function doneLabel(messages: FootnoteUIMessage[]): string {
  const last = messages.at(-1);
  if (last?.role !== 'assistant') return '';
  const footnotes = last.parts.filter((p) => p.type === 'data-citation').length;
  return `Answer ready${footnotes ? ` with ${footnotes} footnote${footnotes === 1 ? '' : 's'}` : ''}.`;
}

function label(status: ChatStatus, messages: FootnoteUIMessage[]): string {
  if (status === 'submitted') return 'Searching the thesis…';
  if (status !== 'streaming') return '';
  const last = messages.at(-1);
  const hasText = last?.parts.some((p) => p.type === 'text' && p.text);
  return hasText ? 'Writing the answer and checking its footnotes…' : 'Reading the passages…';
}

/** What is happening now; keeps its height when idle so nothing jumps. */
export function StatusLine({ status, messages }: { status: ChatStatus; messages: FootnoteUIMessage[] }) {
  const text = label(status, messages);
  return (
    <p className="status-line" role="status" aria-live="polite" data-active={!!text}>
      {text && <span className="spinner" aria-hidden="true" />}
      {text}
      {status === 'ready' && <span className="visually-hidden">{doneLabel(messages)}</span>}
    </p>
  );
}
