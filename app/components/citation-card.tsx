import { quotesOf, whereLabel } from './format';
import { Markdown } from './markdown';
import { SourceFootnotes } from './source-footnotes';
import type { CitationLike } from './types';

export interface CitationCardProps {
  citation: CitationLike;
  /** Id for the card element (e.g. for aria-describedby). */
  id?: string;
  className?: string;
}

/** A citation's evidence: where in the thesis, the verbatim quote, the thesis's footnotes and sources. */
export function CitationCard({ citation, id, className }: CitationCardProps) {
  return (
    <div className={`citation-card ${className ?? ''}`} id={id}>
      <p className="where">
        {citation.n !== undefined && <span className="badge">{citation.n}</span>}
        {whereLabel(citation)}
      </p>
      {quotesOf(citation).map((q, i) => (
        <blockquote className="quote" key={i}>
          <Markdown text={q} inline />
        </blockquote>
      ))}
      <SourceFootnotes footnotes={citation.footnotes} linkRecords={false} />
    </div>
  );
}
