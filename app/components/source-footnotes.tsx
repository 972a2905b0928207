import type { ResolvedFootnote } from '@/lib/passages/types';
import { passageHref } from '@/lib/passages/href';
import { Markdown } from './markdown';

export interface SourceFootnotesProps {
  footnotes: readonly ResolvedFootnote[];
  /** Link each bibliography entry to its record page (default true). */
  linkRecords?: boolean;
  /** Prefix for element ids (`${idPrefix}-fn-47`), so a page can link to a footnote. */
  idPrefix?: string;
}

/** The thesis's own footnotes, each with the bibliography entry behind it and its URL. */
export function SourceFootnotes({ footnotes, linkRecords = true, idPrefix }: SourceFootnotesProps) {
  if (!footnotes.length) return null;
  return (
    <ul className="source-footnotes">
      {footnotes.map((f) => (
        <li key={f.n} id={idPrefix ? `${idPrefix}-fn-${f.n}` : undefined}>
          <p className="thesis-fn">
            <span className="tag">
              Thesis fn. <span className="num">{f.n}</span>
            </span>{' '}
            <Markdown text={f.text} inline />
          </p>
          {f.source ? (
            <p className="bib-entry">
              <span className="tag">Source</span> <Markdown text={f.source.text} inline />
              {f.source.url && !f.source.text.includes(f.source.url) && (
                <>
                  {' '}
                  <a href={f.source.url} target="_blank" rel="noopener noreferrer nofollow">
                    {f.source.url}
                  </a>
                </>
              )}
              {linkRecords && (
                <>
                  {' '}
                  <a className="record-link" href={passageHref(f.source.id)} aria-label={`Bibliography entry ${f.source.id}`}>
                    entry ↗
                  </a>
                </>
              )}
            </p>
          ) : (
            <p className="bib-entry muted">
              <span className="tag">Source</span> not found in the bibliography.
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
