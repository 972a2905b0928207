import type { BibliographyEntry, PageRange, RecordKind } from '../types';
import type { CitedFootnote } from './types';

export function formatPages(pages: PageRange | null): string | null {
  if (!pages) return null;
  return pages.start === pages.end ? `p. ${pages.start}` : `pp. ${pages.start}–${pages.end}`;
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
