/** The small Markdown subset Footnote renders: no raw HTML ever, only these nodes. */
export type Inline =
  | { type: 'text'; text: string; marked?: boolean }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'code'; text: string; marked?: boolean }
  | { type: 'link'; href: string; children: Inline[] }
  /** An answer's citation marker [n]. */
  | { type: 'cite'; n: number }
  /** A thesis footnote marker written as Unicode superscript digits (¹⁰⁵). */
  | { type: 'fnref'; n: number; marked?: boolean };

export type Block =
  | { type: 'p'; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'code'; text: string }
  | { type: 'table'; rows: Inline[][][] };

/** Private-use characters that open and close a highlighted range (a quote, an unsupported sentence). */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export interface ParseOptions {
  /** Parse [n] as citation markers (answers); off for corpus text. */
  citations?: boolean;
}

/** Shared while parsing one document, so a highlight can span inline nodes and blocks. */
export interface ParseState {
  marked: boolean;
  opts: ParseOptions;
}
