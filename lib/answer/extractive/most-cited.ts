import type { CitationCorpus } from '../../cite/corpus-index';
import { footnotesCitingEach } from '../../tools/cited-sources';
import type { BibliographyEntry, CorpusRecord } from '../../types';
import { describeEntry } from './source-note';

/**
 * "Which sources does the thesis cite most?", "What are the thesis's main sources?", "Who is the
 * most cited author?": the bibliography entries the most footnotes cite. No passage states this;
 * the footnotes do, so each entry is shown on the first claim citing it, with its count.
 */
const ASKS = [
  /\b(?:which|what|whom|who)\b[^?]*\b(?:cite[sd]?|citing|rel(?:y|ies|ied) on|draws? on|quotes?|quoted)\b[^?]*\bmost\b/i,
  /\b(?:which|what)\s+(?:sources?|works?|authors?|references?|books?|articles?|scholars?)\b[^?]*\bmost\b/i,
  /\bmost[- ](?:cited|often cited|frequently cited|quoted|relied)\b/i,
  /\b(?:main|key|principal|chief|most important)\s+(?:sources?|references?|authors?)\b/i,
];

/** "Which sources are cited only once?", "the least cited works": the other end of the count. */
const LEAST = /\b(?:cited|used|referenced|quoted) (?:only )?once\b|\bleast[- ](?:cited|used|often cited)\b|\bcite[sd]? (?:the )?least\b/i;

export function asksLeastCited(question: string): boolean {
  return /\b(?:which|what|who|list)\b/i.test(question) && LEAST.test(question);
}

export function asksMostCited(question: string): boolean {
  // A quoted phrase is what is looked up, not how it is asked: "Who is cited for "the most similar systems design"?".
  const asked = question.replace(/["“][^"”]*["”]/g, ' ');
  return ASKS.some((re) => re.test(asked));
}

/** Entries shown for "Which sources does the thesis cite most?". */
export const MOST_CITED = 3;

export interface CitedSource {
  entry: BibliographyEntry;
  /** The footnotes citing it (Ibid. included), in order. */
  notes: number[];
}

/**
 * The bibliography entries the most footnotes cite, most first (ties in order of first citation);
 * with `least`, those the fewest cite, in order of first citation.
 */
export function mostCitedSources(corpus: CitationCorpus, top = MOST_CITED, least = false): CitedSource[] {
  const notesOf = footnotesCitingEach(corpus);
  const cited = corpus.bibliography.filter((entry) => notesOf.has(entry.id)).map((entry) => ({ entry, notes: notesOf.get(entry.id)! }));
  const sign = least ? -1 : 1;
  return cited.sort((a, b) => sign * (b.notes.length - a.notes.length) || a.notes[0] - b.notes[0]).slice(0, top);
}

/** The first record carrying a footnote that cites the source: where the answer shows it. */
export function firstCitingRecord(source: CitedSource, records: CorpusRecord[]): CorpusRecord | undefined {
  for (const n of source.notes) {
    const record = records.find((r) => r.kind !== 'footnote' && r.kind !== 'bibliography' && r.footnotes.includes(n));
    if (record) return record;
  }
  return undefined;
}

/** "Graham H. Turbiville Jr., “U.S. Military Engagement with Mexico …” (2010) is cited in 24 of the thesis's 187 footnotes, first in footnote 36." */
export function mostCitedNote(source: CitedSource, footnotes: number, first: number): string {
  return `${describeEntry(source.entry)} is cited in ${source.notes.length} of the thesis's ${footnotes} footnotes, first in footnote ${first}.`;
}
