import type { CorpusRecord, PageRange, RecordKind } from '../types';

/** A bibliography entry as shown next to a footnote. */
export interface SourceRef {
  id: string;
  text: string;
  url: string | null;
}

/** A thesis footnote resolved to the bibliography entry behind it. */
export interface ResolvedFootnote {
  n: number;
  text: string;
  /** Cited page(s) as printed in the footnote, or null. */
  pages: string | null;
  source: SourceRef | null;
}

/** A short pointer at another record (previous/next links). */
export interface PassageLink {
  id: string;
  kind: RecordKind;
  section: string | null;
  sectionTitle: string | null;
  pages: PageRange | null;
  /** The first words of the record's text. */
  excerpt: string;
}

/** A neighbouring record of the same section, with its whole text. */
export interface NeighborPassage {
  id: string;
  kind: RecordKind;
  pages: PageRange | null;
  text: string;
}

/** GET /api/passages/[id]: one record in its section, with footnotes, sources and neighbours. */
export interface PassageDetail extends Pick<CorpusRecord, 'id' | 'kind' | 'doc' | 'section' | 'sectionTitle' | 'pages' | 'text'> {
  /** The thesis footnotes whose markers occur in the text, resolved to the bibliography. */
  footnotes: ResolvedFootnote[];
  /** The bibliography entry behind a footnote or bibliography record (else null). */
  source: SourceRef | null;
  /** For bibliography records: the thesis footnotes that cite this entry. */
  citedBy: number[];
  /** Previous and next record in reading order (same document, same stream: body, footnotes, bibliography). */
  prev: PassageLink | null;
  next: PassageLink | null;
  /** Records of the same section and stream just before and after this one, in reading order. */
  neighbors: { before: NeighborPassage[]; after: NeighborPassage[] };
}
