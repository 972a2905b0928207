'use client';

import { useMemo } from 'react';
import { ABSTAIN_TEXT } from '@/lib/answer/abstain';
import { neverMentions } from '@/lib/answer/never-mentions';
import { ClosestPassages } from './closest-passages';
import { CitationMarker } from '../components/citation-marker';
import { FootnoteList } from '../components/footnote-list';
import { Markdown } from '../components/markdown';
import type { CitationLike } from '../components/types';
import { AnswerActions } from './answer-actions';
import { locateSentences } from './locate';
import type { AnswerView } from './message-data';

export interface AnswerProps {
  id: string;
  view: AnswerView;
  question: string;
  /** Text is still arriving. */
  streaming: boolean;
  /** The newest answer (only it can be regenerated). */
  last: boolean;
  busy: boolean;
  onOpen: (citation: CitationLike, trigger: HTMLElement) => void;
  onRegenerate: () => void;
  onAsk: (question: string) => void;
}

const UNSUPPORTED_TITLE = 'The verifier found little support for this sentence in the passage it cites.';

/** One assistant answer: streamed text with footnote markers, notices, the footnote list and actions. */
export function Answer({ id, view, question, streaming, last, busy, onOpen, onRegenerate, onAsk }: AnswerProps) {
  const { text, citations, answer, notice } = view;
  const byN = useMemo(() => new Map(citations.map((c) => [c.n, c])), [citations]);
  const unsupported = useMemo(() => (answer ? answer.sentences.filter((s) => !s.supported).map((s) => s.text) : []), [answer]);
  const marks = useMemo(() => locateSentences(text, unsupported), [text, unsupported]);
  const abstained = answer?.abstained ?? false;
  const stopped = !streaming && !answer;
  return (
    <article className={`answer${abstained ? ' abstained' : ''}`} aria-busy={streaming} aria-label="Answer" data-answer-state={answer ? 'done' : streaming ? 'streaming' : 'stopped'}>
      {notice && (
        <p className="notice" role="status">
          <span aria-hidden="true">⚠</span> {notice}
        </p>
      )}
      {abstained ? (
        <div className="abstain-message">
          <p><strong>{ABSTAIN_TEXT}</strong></p>
          {answer?.unmentioned?.length ? <p className="unmentioned">{neverMentions(answer.unmentioned)}</p> : null}
          <p className="muted">Footnote answers only from the thesis and its footnotes. Try rephrasing, or ask about U.S. military cooperation with Colombia and Mexico.</p>
          <ClosestPassages leads={answer?.leads ?? []} onOpen={onOpen} />
        </div>
      ) : (
        <Markdown
          className="md answer-text"
          text={text}
          renderCitation={(n) => <CitationMarker n={n} citation={byN.get(n)} onOpen={onOpen} />}
          marks={marks}
          markClassName="unsupported"
          markTitle={UNSUPPORTED_TITLE}
        />
      )}
      {streaming && !text && <p className="muted typing" aria-hidden="true">…</p>}
      {marks.length > 0 && (
        <p className="verify-note">
          <span className="unsupported-sample">Underlined</span> {marks.length === 1 ? 'sentence is' : 'sentences are'} not clearly supported by the cited passage; check the footnote.
        </p>
      )}
      {stopped && <p className="muted">Stopped before the answer was finished.</p>}
      {!abstained && <FootnoteList citations={citations} onOpen={onOpen} idPrefix={`${id}-fn`} />}
      {!streaming && <AnswerActions view={view} question={question} last={last} busy={busy} onRegenerate={onRegenerate} onAsk={onAsk} />}
    </article>
  );
}
