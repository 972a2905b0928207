'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useCallback, useRef, useState } from 'react';
import type { FootnoteUIMessage } from '@/lib/answer/chat-types';
import { PassagePanel } from '../components/passage-panel';
import type { CitationLike } from '../components/types';
import { Composer } from './composer';
import { describeChatError } from './describe-error';
import { Intro } from './intro';
import { ProblemBanner } from './problem-banner';
import { StatusLine } from './status-line';
import { Turns } from './turns';
import { useChatStorage } from './use-chat-storage';
import { useFollowScroll } from './use-follow-scroll';
import { useHealthProblem } from './use-health';

const transport = new DefaultChatTransport<FootnoteUIMessage>({ api: '/api/chat' });

/** The chat page: useChat against /api/chat, conversation kept in localStorage, passages in a side panel. */
export function ChatApp() {
  const { messages, sendMessage, status, stop, regenerate, setMessages, error, clearError } = useChat<FootnoteUIMessage>({
    id: 'footnote-chat',
    transport,
    experimental_throttle: 30,
  });
  const restored = useChatStorage(messages, setMessages, status);
  const health = useHealthProblem();
  const [panel, setPanel] = useState<{ id: string; quote?: string } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const end = useFollowScroll([messages, status]);
  const busy = status === 'submitted' || status === 'streaming';

  const ask = useCallback(
    (text: string) => {
      clearError();
      void sendMessage({ text });
      // A starter or follow-up button that was focused goes away: keep keyboard focus in the conversation.
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) document.querySelector<HTMLElement>('.turns')?.focus({ preventScroll: true });
      });
    },
    [clearError, sendMessage],
  );
  const retry = useCallback(() => {
    clearError();
    void regenerate();
  }, [clearError, regenerate]);
  const openCitation = useCallback((c: CitationLike, trigger: HTMLElement) => {
    opener.current = trigger;
    setPanel({ id: c.id, quote: c.quote });
  }, []);
  const closePanel = useCallback(() => {
    setPanel(null);
    opener.current?.focus();
  }, []);
  const newChat = () => {
    if (busy) void stop();
    setMessages([]);
    setPanel(null);
    clearError();
  };
  const problem = error ? describeChatError(error) : health;

  return (
    <div className={`chat${panel ? ' with-panel' : ''}`} data-status={status} data-ready={restored}>
      <div className="chat-main">
        <div className="chat-toolbar">
          <button type="button" className="ghost" onClick={newChat} disabled={!messages.length} aria-label="Start a new chat">
            + New chat
          </button>
        </div>
        {restored && messages.length === 0 && <Intro onAsk={ask} disabled={busy} />}
        <Turns messages={messages} status={status} busy={busy} onOpen={openCitation} onRegenerate={retry} onAsk={ask} />
        {problem && <ProblemBanner problem={problem} onRetry={error && messages.length ? retry : undefined} onDismiss={error ? clearError : undefined} />}
        <div ref={end} className="scroll-end" />
      </div>
      <div className="composer-dock">
        <StatusLine status={status} messages={messages} />
        <Composer busy={busy} disabled={!restored} onSend={ask} onStop={() => void stop()} />
        <p className="composer-note">Answers come only from the thesis. Hover a footnote number to see its evidence.</p>
      </div>
      {panel && <PassagePanel id={panel.id} quote={panel.quote} onClose={closePanel} onNavigate={(id) => setPanel({ id })} />}
    </div>
  );
}
