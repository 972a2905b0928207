import type { BibliographyEntry } from '../types';

/** What kind of work a bibliography entry is. */
export type SourceKind = 'news' | 'journal' | 'book' | 'government' | 'other';

/** "newspaper and news-service articles", as an answer names the kind. */
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  news: 'newspaper and news-service articles',
  journal: 'journal articles',
  book: 'books and book chapters',
  government: 'government documents',
  other: 'other works',
};

/** Government bodies as publishers or authors ("Department of State", "GPO", "Congressional Research Service"). */
const GOVERNMENT = /\b(?:Department of (?:State|Defense)|GPO|Congressional Research Service|United States Senate|Committee on Armed Services|Assistant Secretary of Defense|United States (?:Northern|Southern) Command)\b/;
/** Newspapers, wire services and the services' news offices. */
const NEWS = /\b(?:Times|Post|Monitor|Reuters|News(?: Service)?|Reports|Press Service|Info-Prod Research)\b/;
/** A journal's volume and issue ("9, no. 4", "no. 243"). */
const ISSUE = /\bno\.\s*\d+|\b\d+\s*,\s*no\.|\bJournal\b|\bReview\b/;
/** A publisher of books, or a chapter in an edited book. */
const BOOK = /\b(?:Press|Publishing|Publishers)\b|\bedited by\b|\bed\.\s/;

function kindOfText(text: string, venue: string | null): SourceKind | null {
  const where = `${venue ?? ''} ${text}`;
  if (GOVERNMENT.test(where)) return 'government';
  if (venue && NEWS.test(venue)) return 'news';
  // Entries filed under the paper's name ("New York Times*. "Mexican Gunboats …"").
  if (!venue && NEWS.test(text.split(/[.*]/)[0])) return 'news';
  if (ISSUE.test(where)) return 'journal';
  if (BOOK.test(where)) return 'book';
  return null;
}

const kindsCache = new WeakMap<object, Map<string, SourceKind>>();

/** The kinds of a corpus's bibliography, computed once. */
export function bibliographyKinds(bibliography: Pick<BibliographyEntry, 'id' | 'text' | 'venue'>[]): Map<string, SourceKind> {
  let kinds = kindsCache.get(bibliography);
  if (!kinds) kindsCache.set(bibliography, (kinds = sourceKinds(bibliography)));
  return kinds;
}

/** How many entries of a kind the bibliography lists. */
export function kindCount(bibliography: Pick<BibliographyEntry, 'id' | 'text' | 'venue'>[], kind: SourceKind): number {
  const kinds = bibliographyKinds(bibliography);
  return bibliography.filter((b) => kinds.get(b.id) === kind).length;
}

/** "The thesis's bibliography lists 24 newspaper and news-service articles." */
export function kindCountLine(kind: SourceKind, count: number): string {
  return `The thesis's bibliography lists ${count} ${SOURCE_KIND_LABEL[kind]}.`;
}

/**
 * Each bibliography entry's kind, in bibliography order. An entry opening with a dash or a bare
 * full stop repeats the previous entry's author ("———. "Colombia Signs Military Pact."" after a New
 * York Times entry), so it takes that entry's kind when its own text does not say.
 */
export function sourceKinds(entries: Pick<BibliographyEntry, 'id' | 'text' | 'venue'>[]): Map<string, SourceKind> {
  const out = new Map<string, SourceKind>();
  let previous: SourceKind = 'other';
  for (const e of entries) {
    const repeats = /^\s*(?:[-—–_]{2,}|\.)/.test(e.text);
    const kind: SourceKind = kindOfText(e.text, e.venue) ?? (repeats ? previous : 'other');
    out.set(e.id, kind);
    previous = kind;
  }
  return out;
}

const KINDS: [SourceKind, string][] = [
  ['news', 'newspapers|newspaper articles|news articles|news sources|news reports|news stories|press reports|press articles'],
  ['journal', 'journal articles|journals|academic articles|scholarly articles|peer[- ]reviewed articles'],
  ['book', 'books|book chapters'],
  ['government', 'government documents|government sources|government reports|government publications|official documents|official sources'],
];
const KIND = `(${KINDS.map(([, words]) => words).join('|')})`;
const WHO = '(?:the thesis|this thesis|the author|it|he)';
/**
 * "Which newspaper articles does the thesis cite?", "How many books are in the bibliography?", "Does
 * the thesis use any government documents?" — the works of a kind, not the source of one claim
 * ("Which journal article is the source for …" asks for one footnote's source).
 */
const ASKS = [
  new RegExp(`^\\s*(?:which|what|how many|list|name|show)(?: the| all(?: the)?| of the)? ${KIND}(?: (?:does|do|did) ${WHO} (?:cite|use|reference|rely on|draw on|list)| (?:are|were|is) (?:cited|used|listed|referenced|in the (?:bibliography|list of references|references))| (?:in|from) the (?:bibliography|list of references|references))?\\s*\\??\\s*$`, 'i'),
  new RegExp(`^\\s*(?:does|did) ${WHO} (?:cite|use|rely on) (?:any )?${KIND}\\s*\\??\\s*$`, 'i'),
];

/** The kind of works a question asks the thesis's list of; null for other questions. */
export function askedSourceKind(question: string): SourceKind | null {
  const words = ASKS.map((re) => re.exec(question)?.[1]).find(Boolean)?.toLowerCase();
  if (!words) return null;
  return KINDS.find(([, alternatives]) => new RegExp(`^(?:${alternatives})$`, 'i').test(words))?.[0] ?? null;
}

/** "What is the oldest source the thesis cites?", "the most recent work it cites": the end of the bibliography's span asked for. */
export function askedSourceAge(question: string): 'oldest' | 'newest' | null {
  const m = /\b(oldest|earliest|newest|latest|most recent)\s+(?:source|work|reference|citation|article|book|document|entry|item)s?\b/i.exec(question);
  if (!m) return null;
  return /oldest|earliest/i.test(m[1]) ? 'oldest' : 'newest';
}

/** The bibliography's dated entries at the asked end of its span, in bibliography order. */
export function entriesByAge(bibliography: Pick<BibliographyEntry, 'id' | 'year'>[], end: 'oldest' | 'newest'): string[] {
  const years = bibliography.map((b) => b.year).filter((y): y is number => y !== null);
  if (!years.length) return [];
  const year = end === 'oldest' ? Math.min(...years) : Math.max(...years);
  return bibliography.filter((b) => b.year === year).map((b) => b.id);
}

/** "The thesis's bibliography dates its entries from 1938 to 2017." */
export function spanLine(bibliography: Pick<BibliographyEntry, 'year'>[]): string | null {
  const years = bibliography.map((b) => b.year).filter((y): y is number => y !== null);
  return years.length ? `The thesis's bibliography dates its entries from ${Math.min(...years)} to ${Math.max(...years)}.` : null;
}
