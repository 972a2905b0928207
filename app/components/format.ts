import type { PageRange } from '@/lib/types';

/** "p. 58" / "pp. 16–19" / null. */
export function pagesLabel(pages: PageRange | null | undefined): string | null {
  if (!pages) return null;
  return pages.start === pages.end ? `p. ${pages.start}` : `pp. ${pages.start}–${pages.end}`;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);
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

/** "§III.G Conclusion · p. 58" (parts that are missing are left out). */
export function whereLabel(r: { section: string | null; sectionTitle: string | null; pages: PageRange | null }): string {
  const head = [r.section ? `§${r.section}` : null, r.sectionTitle ? titleCase(r.sectionTitle) : null].filter(Boolean).join(' ');
  return [head || 'Thesis', pagesLabel(r.pages)].filter(Boolean).join(' · ');
}

/** "Footnote 48" for a thesis footnote record id (`thesis:fn:48`); null for other records. */
export function footnoteRecordLabel(id: string): string | null {
  const m = /:fn:(\d+)$/.exec(id);
  return m ? `Footnote ${m[1]}` : null;
}

/** A citation's quoted spans: all of them when answer sentences cite far-apart parts of one record, else its one quote. */
export function quotesOf(c: { quote: string; quotes?: readonly string[] }): readonly string[] {
  return c.quotes?.length ? c.quotes : [c.quote];
}
