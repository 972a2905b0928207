'use client';

import { quotesOf, whereLabel } from './format';
import { Markdown } from './markdown';
import { ReadPassage } from './read-passage';
import { SourceFootnotes } from './source-footnotes';
import type { CitationLike } from './types';

export interface FootnoteListProps {
  citations: readonly CitationLike[];
  /** Opens a citation's passage (e.g. in the side panel); without it, a link to the passage page is shown. */
  onOpen?: (citation: CitationLike, trigger: HTMLElement) => void;
  /** Prefix for the items' element ids (`${idPrefix}-1`). */
  idPrefix?: string;
  heading?: string;
}

/** The footnotes under an answer, set like the foot of a printed page. */
export function FootnoteList({ citations, onOpen, idPrefix, heading = 'Footnotes' }: FootnoteListProps) {
  if (!citations.length) return null;
  return (
    <section className="footnote-list" aria-label={heading}>
      <h3 className="visually-hidden">{heading}</h3>
      <ol>
        {citations.map((c, i) => {
          const n = c.n ?? i + 1;
          return (
            <li key={`${n}-${c.id}`} id={idPrefix ? `${idPrefix}-${n}` : undefined} value={n}>
              <p className="where">
                <span className="num">{n}.</span> {whereLabel(c)}
                <ReadPassage passage={c} onOpen={onOpen} label={`Read passage of footnote ${n}`} />
              </p>
              {quotesOf(c).map((q, i) => (
                <blockquote className="quote" key={i}>
                  <Markdown text={q} inline />
                </blockquote>
              ))}
              <SourceFootnotes footnotes={c.footnotes} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
