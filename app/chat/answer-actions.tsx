'use client';

import { useState } from 'react';
import { answerMarkdown } from './to-markdown';
import type { AnswerView } from './message-data';
import { followUps } from './suggestions';

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

export interface AnswerActionsProps {
  view: AnswerView;
  question: string;
  last: boolean;
  busy: boolean;
  onRegenerate: () => void;
  onAsk: (question: string) => void;
}

/** Copy as Markdown, regenerate, and follow-up questions under an answer. */
export function AnswerActions({ view, question, last, busy, onRegenerate, onAsk }: AnswerActionsProps) {
  const [copied, setCopied] = useState(false);
  const suggestions = last ? followUps(question, view) : [];
  const copy = async () => {
    await copyText(answerMarkdown(view, question));
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <>
      <div className="answer-actions">
        {view.text && !view.answer?.abstained && (
          <button type="button" className="ghost" onClick={copy} title="Copy the answer with its footnotes as Markdown">
            {copied ? 'Copied ✓' : 'Copy as Markdown'}
          </button>
        )}
        {last && (
          <button type="button" className="ghost" onClick={onRegenerate} disabled={busy} aria-label="Regenerate the answer">
            Regenerate
          </button>
        )}
        <span className="sr-status" role="status" aria-live="polite">{copied ? 'Copied to the clipboard.' : ''}</span>
      </div>
      {suggestions.length > 0 && (
        <nav className="follow-ups" aria-label="Follow-up questions">
          {suggestions.map((s) => (
            <button key={s} type="button" className="chip" onClick={() => onAsk(s)} disabled={busy}>
              {s}
            </button>
          ))}
        </nav>
      )}
    </>
  );
}
