import type { BibliographyEntry } from '@/lib/types';
import { firstTitleSpan, surnameOf } from './bib-fields';
import { isPersonName } from './bib-ids';
import { coverage, matchWords, similarWord } from './match-words';

/** A footnote citation split into the author part and the title it cites. */
export interface CitationParts {
  head: string;
  title: string;
}

/** "Glaser, “Realists as Optimists,” 51." → head "Glaser", title "Realists as Optimists". Untitled notes use their first clause. */
export function citationParts(note: string): CitationParts {
  const text = note.replace(/<https?:\/\/[^>]*>/g, '').replace(/https?:\/\/\S+/g, '');
  const span = firstTitleSpan(text);
  if (span) return { head: text.slice(0, span.start), title: span.title };
  const first = text.split(/,\s+(?=(?:Department|last modified|[A-Z][a-z]+ \d{1,2}, \d{4}))/)[0] ?? text;
  return { head: first, title: first };
}

interface Candidate {
  entry: BibliographyEntry;
  score: number;
  author: boolean;
  title: number;
}

/** Per-entry word lists, computed once per bibliography array. */
interface Prepared {
  entry: BibliographyEntry;
  authorKeys: string[][];
  titleWords: string[];
  matchable: string[];
  matchableSet: Set<string>;
}

const prepared = new WeakMap<readonly BibliographyEntry[], Prepared[]>();

function prepare(bib: readonly BibliographyEntry[]): Prepared[] {
  let p = prepared.get(bib);
  if (!p) {
    p = bib.map((entry) => {
      const titleWords = matchWords(entry.title);
      const urlWords = entry.url ? matchWords(entry.url.replace(/^https?:\/\/[^/]+/, '')) : [];
      return {
        entry,
        authorKeys: entry.authors.map((a) => (isPersonName(a) ? [matchWords(surnameOf(a))[0] ?? ''] : matchWords(a))),
        titleWords,
        matchable: [...titleWords, ...urlWords],
        matchableSet: new Set([...titleWords, ...urlWords]),
      };
    });
    prepared.set(bib, p);
  }
  return p;
}

interface CitationWords {
  head: string[];
  title: string[];
}

const citationWords = (parts: CitationParts): CitationWords => ({ head: matchWords(parts.head), title: matchWords(parts.title) });

function score(words: CitationWords, p: Prepared): Candidate {
  const author = p.authorKeys.some((key) => key.length > 0 && key.every((k) => words.head.some((h) => similarWord(k, h))));
  const title = coverage(words.title, p.matchable, p.matchableSet);
  // tie-breaker: how much of the entry's own title the citation covers
  const reverse = coverage(p.titleWords, words.title);
  return { entry: p.entry, author, title, score: title + (author ? 0.75 : 0) + 0.2 * reverse };
}

/** How well one citation matches one bibliography entry (author surname hit + title-word coverage). */
export function scoreCitation(parts: CitationParts, entry: BibliographyEntry): Candidate {
  return score(citationWords(parts), prepare([entry])[0]);
}

export interface CitationMatch {
  entry: BibliographyEntry | null;
  reason: string | null;
}

/**
 * Best bibliography entry for a full or short citation. Accepted when the author matches and the title mostly
 * does (≥ 0.5), when the title alone matches strongly (≥ 0.8, for unsigned newspaper pieces), or when the author
 * matches an entry that is the only one by that author.
 */
export function matchCitation(note: string, bib: readonly BibliographyEntry[]): CitationMatch {
  const parts = citationParts(note);
  const words = citationWords(parts);
  const ranked = prepare(bib).map((p) => score(words, p)).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return { entry: null, reason: 'bibliography is empty' };
  const byAuthor = ranked.filter((c) => c.author);
  const ok = (best.author && best.title >= 0.5) || best.title >= 0.8 || (best.author && byAuthor.length === 1);
  if (!ok) return { entry: null, reason: `no bibliography entry matches author and title (closest: ${best.entry.id}, title overlap ${best.title.toFixed(2)})` };
  const second = ranked[1];
  if (second && second.score === best.score) return { entry: null, reason: `ambiguous between ${best.entry.id} and ${second.entry.id}` };
  return { entry: best.entry, reason: null };
}
