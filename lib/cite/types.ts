import type { CorpusRecord, PageRange } from '../types';

/** A retrieved record as shown to the model, numbered 1..k in prompt order. */
export interface NumberedPassage {
  n: number;
  record: CorpusRecord;
  score: number;
}

/** A thesis footnote on a cited quote, resolved to the bibliography entry behind it. */
export interface CitedFootnote {
  n: number;
  text: string;
  /** Cited page(s) in the source, as printed in the footnote. */
  pages: string | null;
  /** False when the marker is not inside the quote but is the next footnote in the same passage. */
  inQuote: boolean;
  /** The bibliography entry; `short` is "Turbiville 2010". */
  source: { id: string; text: string; url: string | null; short: string } | null;
}

export interface Citation {
  /** Footnote number in the answer, in order of first use. */
  n: number;
  id: string;
  kind: CorpusRecord['kind'];
  section: string | null;
  sectionTitle: string | null;
  pages: PageRange | null;
  /** A sentence or span that occurs verbatim in the record text (the first of `quotes`). */
  quote: string;
  /** Every quoted span, in record order: answer sentences citing far-apart parts of one record each get theirs. */
  quotes: string[];
  footnotes: CitedFootnote[];
  /** "Thesis pp. 16–19, §II.B; the thesis cites Turbiville 2010, p. 4." */
  label: string;
}

export interface AnswerSentence {
  /** Sentence text without markers. */
  text: string;
  citations: number[];
  /** Lexical support of the sentence by the union of its cited records (0..1). */
  support: number;
  supported: boolean;
}

export interface Verification {
  /** Share of answer sentences supported by their citations (ALCE-style, lexical). */
  citationRecall: number;
  /** Share of citations that support (or are needed to support) their sentence. */
  citationPrecision: number;
}

export interface CitedAnswer {
  /** Answer text with [n] markers renumbered in order of first use. */
  answer: string;
  citations: Citation[];
  sentences: AnswerSentence[];
  verification: Verification;
}
