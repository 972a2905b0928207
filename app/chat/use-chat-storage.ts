'use client';

import { useEffect, useRef, useState } from 'react';
import type { ChatStatus } from 'ai';
import type { FootnoteUIMessage } from '@/lib/answer/chat-types';
import { forStorage } from './message-data';

export const STORAGE_KEY = 'footnote.chat.v1';
const MAX_MESSAGES = 60;

function read(): FootnoteUIMessage[] {
  try {
    const data = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { messages?: unknown } | null;
    return Array.isArray(data?.messages) ? (data.messages as FootnoteUIMessage[]) : [];
  } catch {
    return [];
  }
}

function write(messages: FootnoteUIMessage[]): void {
  try {
    if (messages.length) localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, messages: forStorage(messages.slice(-MAX_MESSAGES)) }));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage full or disabled: the conversation still works, it just is not kept
  }
}

/**
 * Keeps the conversation in localStorage: restores it once after mount, saves it whenever it
 * changes outside streaming. Returns true once the stored conversation has been restored.
 */
export function useChatStorage(
  messages: FootnoteUIMessage[],
  setMessages: (m: FootnoteUIMessage[]) => void,
  status: ChatStatus,
): boolean {
  const [restored, setRestored] = useState(false);
  const once = useRef(false);
  useEffect(() => {
    if (once.current) return;
    once.current = true;
    const stored = read();
    if (stored.length) setMessages(stored);
    setRestored(true);
  }, [setMessages]);
  useEffect(() => {
    if (restored && status !== 'streaming') write(messages);
  }, [messages, status, restored]);
  return restored;
}
