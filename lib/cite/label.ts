import type { BibliographyEntry, PageRange, RecordKind } from '../types';
import type { CitedFootnote } from './types';
import { chapterOf } from '../corpus/chapter-of';

export function formatPages(pages: PageRange | null): string | null {
  if (!pages) return null;
  return pages.start === pages.end ? `p. ${pages.start}` : `pp. ${pages.start}–${pages.end}`;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'between', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);
const KEEP = new Set(['WWII', 'WWI', 'NPS', 'IR', 'TOC', 'TOCS', 'FARC', 'ELN', 'DOD', 'US']);

/** "WAR ON DRUGS TO 9/11" → "War on Drugs to 9/11"; mixed-case titles and acronyms (U.S., WWII) are kept. */
export function titleCase(title: string): string {
  if (title !== title.toUpperCase()) return title;
  const words = title.split(' ');
  return words
    .map((w, i) => {
      if (w.includes('.') || /\d/.test(w) || /^[IVX]+[,:;]?$/.test(w) || KEEP.has(w.replace(/[,:;]$/, ''))) return w;
      const lower = w.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** "Chapter III, §III.C “World War II to the War on Drugs” (pp. 46–47)": where in the thesis a record is, in words. */
export function locationLine(r: { kind?: string; section: string | null; sectionTitle: string | null; pages: PageRange | null }): string {
  const pages = formatPages(r.pages);
  if (r.kind === 'abstract') return ['the abstract', pages ? `(${pages})` : null].filter(Boolean).join(' ');
  const chapter = r.section ? `Chapter ${chapterOf(r.section)}, ` : '';
  const title = r.sectionTitle ? `“${titleCase(r.sectionTitle)}”` : null;
  const where = [r.section ? `§${r.section}` : null, title, pages ? `(${pages})` : null].filter(Boolean).join(' ');
  return where ? `${chapter}${where}` : 'the thesis';
}

/** "Chapter II, “Evaluating Cooperation between the United States and Mexican Militaries” (pp. 15–37)": a chapter in words. */
export function chapterLine(chapter: { id: string; title: string; pages: PageRange | null }): string {
  const pages = formatPages(chapter.pages);
  return `Chapter ${chapter.id}, “${titleCase(chapter.title)}”${pages ? ` (${pages})` : ''}`;
}

/** "A, B and C"; with other separators for items holding commas ("A; B; and C") or for choices ("A, B or C"). */
export function listed(items: readonly string[], separator = ', ', last = ' and '): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(separator)}${last}${items.at(-1)}`;
}

/** The surname of a person's name ("Graham H. Turbiville Jr." → "Turbiville"). */
export function surname(name: string): string {
  const parts = name.replace(/,/g, '').split(/\s+/).filter((w) => !/^(Jr|Sr|II|III|IV)\.?$/.test(w));
  return parts.at(-1) ?? name;
}

/**
 * "Turbiville 2010" for a bibliography entry: the first author's surname when the entry is filed
 * under it (else the corporate author or the title) and the year.
 */
export function shortSource(entry: Pick<BibliographyEntry, 'text' | 'authors' | 'title' | 'year'>): string {
  const first = entry.authors[0];
  const last = first ? surname(first) : null;
  const filedUnder = last && entry.text.trimStart().startsWith(last);
  let name = filedUnder ? last! : first && !/^\W/.test(entry.text) ? first : entry.title ? `“${entry.title}”` : (first ?? entry.text.split(/[.,]/)[0]);
  if (filedUnder && entry.authors.length === 2) name = `${last} and ${surname(entry.authors[1])}`;
  else if (filedUnder && entry.authors.length > 2) name = `${last} et al.`;
  return entry.year ? `${name} ${entry.year}` : name;
}

function footnoteLabel(f: CitedFootnote): string {
  const where = f.pages ? `, ${/[-–,]/.test(f.pages) ? 'pp.' : 'p.'} ${f.pages}` : '';
  return f.source ? `${f.source.short}${where}` : `footnote ${f.n}`;
}

/** "Thesis pp. 16–19, §II.B": where a thesis passage is ("Thesis" alone when neither is known). */
export function passageLabel(p: { section: string | null; pages: PageRange | null }): string {
  const where = [formatPages(p.pages), p.section ? `§${p.section}` : null].filter(Boolean);
  return where.length ? `Thesis ${where.join(', ')}` : 'Thesis';
}

/**
 * "Thesis pp. 16–19, §II.B; the thesis cites Turbiville 2010, p. 4." A passage of a cited source's own text
 * (kind `source-passage`, its sectionTitle the source's short label) reads "Turbiville 2010, p. 4."
 */
export function citationLabel(c: {
  section: string | null;
  pages: PageRange | null;
  footnotes: CitedFootnote[];
  kind?: RecordKind;
  sectionTitle?: string | null;
}): string {
  if (c.kind === 'source-passage') return `${[c.sectionTitle || 'Source', formatPages(c.pages)].filter(Boolean).join(', ')}.`;
  let label = passageLabel(c);
  if (c.footnotes.length) label += `; the thesis cites ${c.footnotes.map(footnoteLabel).join('; ')}`;
  return `${label}.`;
}
