/** Shared data model. Every retrievable thing is a CorpusRecord; every view points at record ids. */

export const RECORD_KINDS = ['passage', 'footnote', 'table-row', 'table', 'bibliography', 'abstract', 'source-passage'] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

/** Inclusive printed page range of the thesis, from the table of contents. */
export interface PageRange {
  start: number;
  end: number;
}

export interface CorpusRecord {
  /** Stable id, e.g. `thesis:II.E:p3`, `thesis:fn:47`, `thesis:table:4:row:2`, `thesis:bib:turbiville-2010`. */
  id: string;
  kind: RecordKind;
  /** Document the record comes from (`thesis` or the file name of another corpus document). */
  doc: string;
  /** Section id such as `II.E` or `I.A.2`; null when the record sits outside any section. */
  section: string | null;
  sectionTitle: string | null;
  pages: PageRange | null;
  /** Faithful display text (footnote markers kept as Unicode superscripts, markdown kept). */
  text: string;
  /** Text used for search: markers, markdown emphasis and escapes removed. */
  searchText: string;
  /** Thesis footnote numbers whose markers occur inside this record. */
  footnotes: number[];
  /** Bibliography entry id, for footnote and bibliography records (and source passages). */
  sourceId?: string | null;
  /** Position in reading order inside its document; used for prev/next navigation. */
  order: number;
}

export interface Section {
  /** `I`, `II.E`, `I.A.2`. */
  id: string;
  chapter: string;
  letter: string | null;
  number: number | null;
  level: 1 | 2 | 3;
  title: string;
  pages: PageRange;
  parent: string | null;
}

export interface Paragraph {
  id: string;
  section: string | null;
  pages: PageRange | null;
  text: string;
  searchText: string;
  footnotes: number[];
  order: number;
}

export type FootnoteForm = 'full' | 'short' | 'ibid' | 'table-note' | 'unknown';

export interface Footnote {
  n: number;
  text: string;
  searchText: string;
  form: FootnoteForm;
  /** Resolved bibliography entry id, or null when it resolves to nothing. */
  sourceId: string | null;
  /** Cited page(s) as printed ("51", "4-5", "396–397"), or null when none is given. */
  pages: string | null;
  /** For Ibid.: the footnote whose source it inherits. */
  ibidOf: number | null;
  /** Section in which the marker sits. */
  section: string | null;
  /** The body sentence carrying the marker (display text, marker removed). */
  sentence: string;
  /** Passage chunk ids that contain the marker. */
  chunkIds: string[];
  /** Set when an Ibid. inherits its source across a section start or after a multi-source table note. */
  ibidDoubtful?: string;
}

export interface BibliographyEntry {
  id: string;
  text: string;
  authors: string[];
  title: string;
  venue: string | null;
  date: string | null;
  year: number | null;
  url: string | null;
}

export interface Table {
  n: number;
  title: string;
  columns: string[];
  /** Each row: first cell is the row label. */
  rows: string[][];
  footnote: number | null;
  section: string | null;
  pages: PageRange | null;
}

export interface Acronym {
  short: string;
  long: string;
}

export interface FrontMatter {
  title: string;
  author: string;
  date: string;
  degree: string;
  advisors: { role: string; name: string }[];
  abstract: string;
}

export interface UnresolvedFootnote {
  n: number;
  text: string;
  reason: string;
}

export interface Corpus {
  version: number;
  meta: FrontMatter;
  sections: Section[];
  paragraphs: Paragraph[];
  footnotes: Footnote[];
  bibliography: BibliographyEntry[];
  tables: Table[];
  acronyms: Acronym[];
  /** Every retrievable record: passages, footnotes, table rows, bibliography entries, abstract, other docs. */
  chunks: CorpusRecord[];
  unresolved: UnresolvedFootnote[];
  /** Documents read, with their record counts. */
  documents: { file: string; kind: 'thesis' | 'plain'; records: number }[];
  /** Input lines that are in no record (front matter, table of contents, …), reported by ingest so nothing is dropped silently. */
  skipped?: { doc: string; fromLine: number; toLine: number; preview: string }[];
}
