import { footnotesCitingEach } from '../../tools/cited-sources';
import { terms } from '../../retrieve/tokenize';
import { surname } from '../../cite/label';
import type { BibliographyEntry, Corpus } from '../../types';

// "Who published Coleman's book?", "coleman colombia and the united states publisher", "Which
// journal ran Wendt's article?": the question asks where or by whom a cited work came out, which
// the thesis's full footnote on it and its bibliography entry say, not any claim citing it.

/** Words asking for a work's publication rather than what it says. */
const PUBLICATION = /\b(?:publisher|published|publish|publishing|press|journal|periodical|magazine|newspaper|news outlet|outlet|url|web ?site|web address|online|accessed|edition)\b/i;

/** Whether the question asks where, when or by whom a work came out. */
export function asksPublication(question: string): boolean {
  return PUBLICATION.test(question);
}

/** An organisation's name is no surname: "United States Senate", "Info-Prod Research". */
const ORGANISATION = /\b(?:Senate|Research|Times|News|Monitor|Department|Command|Service|Press)\b/;

/** Surnames of the entry's personal authors ("Turbiville" for "Graham H. Turbiville Jr."). */
export function surnames(entry: BibliographyEntry): string[] {
  return entry.authors
    .filter((a) => a.split(/\s+/).length > 1 && !ORGANISATION.test(a))
    .map(surname)
    .filter((s) => s.length >= 3);
}

/** Share of a title's words the question must give to name the work by its title alone. */
const TITLE_SHARE = 0.5;
const TITLE_WORDS = 3;

/**
 * The cited work a publication question is about: one by an author it names (a lower-case
 * question may name them in lower case), the best by title words among several; or one whose
 * title it mostly gives. Null when it names no work.
 */
export function askedWork(question: string, bibliography: readonly BibliographyEntry[]): BibliographyEntry | null {
  const asked = new Set(terms(question));
  const named = (s: string) => new RegExp(`\\b${s}\\b`, /[A-Z]/.test(question) ? '' : 'i').test(question);
  const ranked = bibliography
    .map((entry) => {
      const title = new Set(terms(entry.title));
      const shared = [...title].filter((t) => asked.has(t)).length;
      const byName = surnames(entry).some(named);
      const byTitle = shared >= Math.min(TITLE_WORDS, title.size) && shared >= TITLE_SHARE * title.size;
      return { entry, score: (byName ? title.size + 1 : 0) + shared, ok: byName || byTitle };
    })
    .filter((x) => x.ok)
    .sort((a, b) => b.score - a.score);
  return ranked[0]?.entry ?? null;
}

/** The work a publication question names and the footnote to relay for it (null when the thesis never cites it), or null. */
export function askedPublication(question: string, corpus: Pick<Corpus, 'footnotes' | 'bibliography'>): { work: BibliographyEntry; note: number | null } | null {
  const work = askedWork(question, corpus.bibliography);
  return work ? { work, note: publicationNote(corpus, work) } : null;
}

/** The footnote to relay for the work: its first full citation (which gives the publisher), else its first. */
export function publicationNote(corpus: Pick<Corpus, 'footnotes' | 'bibliography'>, entry: BibliographyEntry): number | null {
  const notes = footnotesCitingEach(corpus).get(entry.id) ?? [];
  const full = notes.find((n) => corpus.footnotes.find((f) => f.n === n)?.form === 'full');
  return full ?? notes[0] ?? null;
}

/**
 * Whether the question already names everything the work's citation could tell it: "Who published
 * the International Policy Report piece?" names the only outlet the citation gives. A question for
 * the date ("When was Wendt's article published?") is not answered by the outlet, so never is.
 */
export function venueAlreadyNamed(question: string, entry: BibliographyEntry): boolean {
  if (/\b(?:when|year|date)\b/i.test(question) || !entry.venue) return false;
  const asked = new Set(terms(question));
  return terms(entry.venue).every((t) => asked.has(t));
}
