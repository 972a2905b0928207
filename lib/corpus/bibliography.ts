import type { BibliographyEntry } from '@/lib/types';
import { cleanTitle, extractDate, extractUrl, firstTitleSpan, parseAuthors } from './bib-fields';
import { assignBibIds } from './bib-ids';
import { isBlankPageMarker } from './blocks';
import { cleanDisplayText } from './normalize';

/** Entries start with `- `; a following line that does not is a continuation (usually the URL). */
export function bibliographyItems(text: string): string[] {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => l.trim() === 'LIST OF REFERENCES');
  const items: string[] = [];
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (isBlankPageMarker(line) || /^INITIAL DISTRIBUTION LIST$/.test(line)) break;
    if (/^- /.test(line) || !items.length) items.push(line.replace(/^- /, ''));
    else items[items.length - 1] += ` ${line}`;
  }
  return items;
}

/** A repeated-author dash: `———.`, `—.`, or a bare `.` where the dash was lost in conversion. */
const REPEATED_AUTHOR = /^(?:[—–-]{1,3}\s*)?\.\s+/;

interface Fields extends Omit<BibliographyEntry, 'id'> {
  inherits: boolean;
}

export function parseBibliographyItem(item: string, previousAuthors: string[] = []): Fields {
  const text = cleanDisplayText(item.trim());
  const inherits = REPEATED_AUTHOR.test(text);
  const url = extractUrl(text);
  let body = (url ? text.slice(0, url.start) + text.slice(url.end) : text).replace(REPEATED_AUTHOR, '');
  body = body.replace(/[\s.,]+$/, '');
  const span = firstTitleSpan(body);
  let authors: string[];
  let title: string;
  let rest: string;
  if (span) {
    authors = parseAuthors(body.slice(0, span.start));
    title = cleanTitle(span.title);
    rest = body.slice(span.end);
  } else {
    // no quoted/italic title: "Surname, Given. Title, …" (a letter) or "Site Title. Publisher. Last modified …"
    const segs = body.split(/(?<!\b[A-Z])\.\s+/);
    const personLike = /^[A-Z][\w'-]+,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$/.test(segs[0]);
    authors = personLike ? parseAuthors(segs[0]) : [];
    const titleSeg = personLike ? (segs[1] ?? '') : segs[0];
    title = cleanTitle(titleSeg.split(/,\s+/)[0]);
    rest = personLike ? segs.slice(1).join('. ').slice(title.length) : segs.slice(1).join('. ');
  }
  if (inherits) authors = [...previousAuthors]; // text between the dash and the title ("Committee on Armed Services") is a sub-unit
  const italicVenue = /\*([^*]+)\*/.exec(rest);
  const publisher = /:\s*([^,:.]+?),\s*(?:1[89]|20)\d\d/.exec(rest);
  let venue: string | null = italicVenue?.[1].trim() ?? publisher?.[1].trim() ?? null;
  if (!venue) {
    const seg = rest.replace(/^[\s.,]+/, '').split(/\.\s+/)[0].replace(/,?\s*(Last modified\b.*|\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December).*)$/, '').trim();
    venue = seg && !/^[\s,]/.test(rest) && !/^(?:\(|In\b)/.test(seg) ? seg : null;
  }
  const { date, year } = extractDate(rest);
  return { text, authors, title, venue, date, year, url: url?.url ?? null, inherits };
}

/** The List of References: every entry with authors (dash entries inherit), title, venue, date, year, URL and a stable id. */
export function parseBibliography(text: string): BibliographyEntry[] {
  const out: Omit<BibliographyEntry, 'id'>[] = [];
  let previous: string[] = [];
  for (const item of bibliographyItems(text)) {
    const { inherits: _inherits, ...fields } = parseBibliographyItem(item, previous);
    out.push(fields);
    previous = fields.authors;
  }
  return assignBibIds(out);
}
