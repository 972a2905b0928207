import { corpusIndex, footnoteSource, type CitationCorpus } from '../../cite/corpus-index';
import { footnotesForQuote } from '../../cite/footnotes';
import type { BibliographyEntry, CorpusRecord } from '../../types';
import { answerText } from './clean-text';
import { footnoteSourceIds } from '../../tools/cited-sources';
import { listed } from '../../cite/label';

function names(authors: string[]): string {
  if (authors.length <= 2) return authors.join(' and ');
  return `${authors[0]} et al.`;
}

/** "Russell W. Ramsey, “The Colombian Battalion in Korea and Suez,” Journal of Inter-American Studies (1967)": one sentence, no inner full stops. */
export function describeEntry(entry: BibliographyEntry): string {
  const who = entry.authors.length ? `${names(entry.authors)}, ` : '';
  // The outlet says what kind of source it is ("New York Times", "World Politics"), unless it is the author.
  const venue = entry.venue && !entry.authors.includes(entry.venue) ? answerText(entry.venue).replace(/[.,]$/, '') : '';
  const kind = venue ? '' : publicationDetail(entry);
  const title = entry.title ? `“${entry.title.replace(/[.,]$/, '')}${venue ? `,” ${venue}` : kind ? (kind.startsWith('(') ? `” ${kind}` : `,” ${kind}`) : '”'}` : answerText(entry.text).split('. ')[0];
  return `${who}${title}${entry.year ? ` (${entry.year})` : ''}`;
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** What is left of an entry once its date is dropped, when it is no more than a date. */
const ONLY_DATE = new RegExp(String.raw`^(?:${MONTH}\s+\d{1,2},\s*)?(?:\d{4})?$`);

/**
 * What an entry without a venue says of the work after its title: the kind of work and who issued
 * it ("Dissertation, Florida International University", "(blog)", "Kent, OH: The Kent State
 * University Press"), not a newspaper's date or a link. Empty when it says nothing more.
 */
export function publicationDetail(entry: BibliographyEntry): string {
  const plain = answerText(entry.text.replace(/\s*<?https?:\/\/\S+>?\.?/g, '')).replace(/\*/g, '');
  const title = entry.title.replace(/[.,?]$/, '');
  const at = title ? plain.indexOf(title) : -1;
  if (at < 0) return '';
  const rest = plain
    .slice(at + title.length)
    .replace(/^[.,?”"’\s]+/, '')
    .replace(/[.,\s]+$/, '')
    .replace(new RegExp(String.raw`,?\s*(?:${MONTH}\s+\d{1,2},\s*)?${entry.year ?? '\\d{4}'}$`), '')
    .trim();
  return ONLY_DATE.test(rest) || rest.length > 80 ? '' : rest;
}

/**
 * For "which source does the thesis cite" questions: a sentence relaying the thesis's own footnote
 * on a quoted sentence, naming the bibliography entry it resolves to (or quoting the footnote when
 * it resolves to none).
 */
export function sourceNote(
  record: CorpusRecord,
  rawSentence: string,
  corpus: CitationCorpus,
  /** The footnote to relay when the sentence carries several (default: its first). */
  n?: number,
  /** Relay a full note in its own words (the article's title, the day), as "What does footnote 35 cite?" asks. */
  inFull = false,
): string | null {
  if (record.kind === 'footnote' || record.kind === 'bibliography') return null;
  const index = corpusIndex(corpus);
  const notes = footnotesForQuote(record, rawSentence, index);
  const fn = n === undefined ? notes[0] : notes.find((f) => f.n === n);
  if (!fn) return null;
  const footnote = index.footnotes.get(fn.n);
  const entry = footnote ? footnoteSource(index, footnote) : null;
  const words = answerText(fn.text.replace(/,?\s*<?https?:\/\/[^\s>]+>?/g, '')).replace(/[.,\s]+$/, '').trim();
  if (!entry) return `The thesis's footnote ${fn.n} reads: ${words}.`;
  // "Table 1 is adapted from …": a table's note cites several works, each named.
  const several =
    footnote?.form === 'table-note' ? footnoteSourceIds(corpus, footnote.n).map((id) => index.bibliography.get(id)).filter((e): e is BibliographyEntry => !!e) : [];
  if (several.length > 1) return `The thesis's footnote ${fn.n} cites ${listed(several.map(describeEntry), '; ', '; and ')}.`;
  // Asked about by number, a full note says more than its bibliography entry (the article's title, the day).
  if (inFull && footnote?.form === 'full') return `The thesis's footnote ${fn.n} cites ${words}.`;
  const pages = fn.pages ? `, ${/[-–,]/.test(fn.pages) ? 'pp.' : 'p.'} ${fn.pages}` : '';
  return `The thesis's footnote ${fn.n} cites ${describeEntry(entry)}${pages}.`;
}
