import { MONTH } from './bib-fields';

const PAGE = '(?:\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?|[ivxlc]+(?:\\s*[-–]\\s*[ivxlc]+)?)';
const TRAILING_PAGE = new RegExp(`(?:,["”’']?|\\):)\\s*(${PAGE})$`);
const DATE_BEFORE = new RegExp(`${MONTH}\\s+\\d{1,2}$`);

/**
 * Cited page(s) as printed at the end of a note: "…, 51." → "51", "(1992): 396–397, <url>." → "396–397",
 * "…, xiii." → "xiii". A trailing year of a date ("April 1, 2015.") or of a publication is not a page.
 */
export function citedPages(note: string): string | null {
  let s = note.replace(/<https?:\/\/[^>]*>/g, '').replace(/https?:\/\/\S+/g, '');
  s = s.replace(/\*/g, '').replace(/[\s.,;]+$/, '');
  const m = TRAILING_PAGE.exec(s);
  if (!m) return null;
  const page = m[1].replace(/\s+/g, '');
  if (/^(1[89]\d\d|20\d\d)$/.test(page)) return null;
  const before = s.slice(0, m.index);
  if (DATE_BEFORE.test(before) || /\b(?:no|vol)\.?$/i.test(before.trimEnd())) return null;
  return page;
}
