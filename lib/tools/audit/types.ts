import type { FootnoteForm, PageRange } from '@/lib/types';
import type { Verdict } from '../claim-check';

export const FLAG_KINDS = ['unresolved-footnote', 'uncited-source', 'spelling-difference', 'doubtful-ibid', 'conflicting-figures', 'weak-source-support', 'unfootnoted-claim'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** A record a flag points at (link target `/passage/<id>`), with why it is involved. */
export interface FlagEvidence {
  id: string;
  /** "claim of footnote 36", "bibliography entry", "$10 billion (Plan Colombia)". */
  role: string;
  /** The sentence or span concerned, when there is one. */
  quote?: string;
  section?: string | null;
  pages?: PageRange | null;
}

export interface AuditFlag {
  kind: FlagKind;
  /** One line: what is wrong. */
  title: string;
  /** What was compared, with the values found. */
  detail: string;
  footnotes: number[];
  sources: string[];
  evidence: FlagEvidence[];
}

/** How well the text of the cited source supports a footnote's claim (only for sources with a full text in the index). */
export interface SourceCheck {
  recordId: string;
  /** "Turbiville 2010, p. 4." */
  label: string;
  pages: PageRange | null;
  score: number;
  verdict: Verdict;
  quote: string;
  /** Whether the best passage lies on the pages the footnote cites (null when either has no page numbers). */
  onCitedPages: boolean | null;
  /** Whether the indexed text contains the cited pages at all (false for an excerpt without them; null when unknown). */
  citedPagesInText: boolean | null;
}

export interface FootnoteRow {
  n: number;
  form: FootnoteForm;
  /** The thesis sentence carrying the marker. */
  claim: string;
  section: string | null;
  /** The record carrying the marker. */
  chunkId: string | null;
  /** Thesis page of the claim. */
  pages: PageRange | null;
  /** Resolved bibliography entries (several for a table note). */
  sources: { id: string; short: string }[];
  /** Pages of the source cited, as printed. */
  citedPages: string | null;
  ibidOf: number | null;
  sourceCheck: SourceCheck | null;
}

export interface AuditReport {
  totals: { footnotes: number; bibliography: number; resolved: number; sourceTexts: number; checkedAgainstSources: number };
  counts: Record<FlagKind, number>;
  footnotes: FootnoteRow[];
  flags: AuditFlag[];
}
