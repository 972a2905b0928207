import { Markdown } from './markdown';

export interface PassageTextProps {
  text: string;
  /** A verbatim span of `text` to highlight. */
  quote?: string;
  /** Where a thesis footnote marker (¹⁰⁵) links to; without it markers are plain superscripts. */
  footnoteHref?: (n: number) => string;
  className?: string;
}

/** Locates a verbatim quote in a record's text (whitespace-tolerant); null when it is not there. */
export function findQuote(text: string, quote: string | undefined): { start: number; end: number } | null {
  const q = quote?.trim();
  if (!q) return null;
  const at = text.indexOf(q);
  if (at >= 0) return { start: at, end: at + q.length };
  const pattern = q.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const m = new RegExp(pattern).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** A record's text as safe Markdown, the quote highlighted and footnote markers linked. */
export function PassageText({ text, quote, footnoteHref, className }: PassageTextProps) {
  const range = findQuote(text, quote);
  return (
    <Markdown
      text={text}
      className={className ?? 'md passage-text'}
      marks={range ? [range] : undefined}
      markClassName="quote-mark"
      renderFootnoteRef={
        footnoteHref
          ? (n) => (
              <sup className="fnref">
                <a href={footnoteHref(n)} aria-label={`Thesis footnote ${n}`}>
                  {n}
                </a>
              </sup>
            )
          : undefined
      }
    />
  );
}
