import type { PageRange } from '@/lib/types';
import { titleCase } from '@/lib/cite/label';

export { titleCase };

/** "p. 58" / "pp. 16–19" / null. */
export function pagesLabel(pages: PageRange | null | undefined): string | null {
  if (!pages) return null;
  return pages.start === pages.end ? `p. ${pages.start}` : `pp. ${pages.start}–${pages.end}`;
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
