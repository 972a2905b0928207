'use client';

import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

export interface ComposerProps {
  busy: boolean;
  disabled?: boolean;
  maxLength?: number;
  onSend: (question: string) => void;
  onStop: () => void;
}

/** The question box: Enter sends, Shift+Enter adds a line; while an answer streams the button stops it. */
export function Composer({ busy, disabled, maxLength = 2000, onSend, onStop }: ComposerProps) {
  const [value, setValue] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const send = () => {
    const q = value.trim();
    if (!q || busy || disabled) return;
    onSend(q);
    setValue('');
    box.current?.focus();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };
  return (
    <form className="composer" onSubmit={onSubmit} aria-label="Ask a question">
      <textarea
        ref={box}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
        rows={1}
        maxLength={maxLength}
        placeholder="Ask about the thesis…"
        aria-label="Your question"
        disabled={disabled}
      />
      {busy ? (
        <button type="button" className="primary stop" onClick={onStop} aria-label="Stop the answer">
          <span aria-hidden="true">■</span> Stop
        </button>
      ) : (
        <button type="submit" className="primary" disabled={disabled || !value.trim()} aria-label="Ask">
          Ask
        </button>
      )}
    </form>
  );
}
