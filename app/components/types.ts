import type { ResolvedFootnote } from '@/lib/passages/types';
import type { PageRange } from '@/lib/types';

/**
 * What the citation components need. A `Citation` from /api/chat or /api/ask fits as is; so does
 * any record plus a quote from it (footnotes as resolved by GET /api/passages/[id]).
 */
export interface CitationLike {
  /** Footnote number in the answer, when there is one. */
  n?: number;
  /** Record id, e.g. `thesis:II.E:3`. */
  id: string;
  section: string | null;
  sectionTitle: string | null;
  pages: PageRange | null;
  /** Verbatim span of the record's text. */
  quote: string;
  /** Every quoted span when answer sentences cite far-apart parts of the record (the first is `quote`). */
  quotes?: readonly string[];
  /** The thesis's own footnotes on the quote, with the bibliography entries behind them. */
  footnotes: readonly ResolvedFootnote[];
}
