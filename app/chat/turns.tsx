'use client';

import type { ChatStatus } from 'ai';
import type { FootnoteUIMessage } from '@/lib/answer/chat-types';
import type { CitationLike } from '../components/types';
import { Answer } from './answer';
import { answerView, messageText } from './message-data';

export interface TurnsProps {
  messages: FootnoteUIMessage[];
  status: ChatStatus;
  busy: boolean;
  onOpen: (citation: CitationLike, trigger: HTMLElement) => void;
  onRegenerate: () => void;
  onAsk: (question: string) => void;
}

/** The conversation: each question, then its answer. */
export function Turns({ messages, status, busy, onOpen, onRegenerate, onAsk }: TurnsProps) {
  if (!messages.length) return null;
  const unanswered = messages.at(-1)?.role === 'user' && status === 'ready';
  const lastAssistant = messages.findLastIndex((m) => m.role === 'assistant');
  return (
    <ol className="turns" aria-label="Conversation" tabIndex={-1}>
      {messages.map((m, i) => {
        if (m.role === 'user') {
          return (
            <li key={m.id} className="turn-question">
              <h2 className="question">{messageText(m)}</h2>
            </li>
          );
        }
        if (m.role !== 'assistant') return null;
        const prev = messages[i - 1];
        const last = i === lastAssistant && i === messages.length - 1;
        return (
          <li key={m.id} className="turn-answer">
            <Answer
              id={m.id}
              view={answerView(m)}
              question={prev?.role === 'user' ? messageText(prev) : ''}
              streaming={last && status === 'streaming'}
              last={last}
              busy={busy}
              onOpen={onOpen}
              onRegenerate={onRegenerate}
              onAsk={onAsk}
            />
          </li>
        );
      })}
      {unanswered && (
        <li className="turn-answer">
          <p className="muted stopped">
            Stopped before an answer arrived.{' '}
            <button type="button" className="ghost" onClick={onRegenerate}>
              Ask again
            </button>
          </p>
        </li>
      )}
    </ol>
  );
}
