import type { PageRange, Section } from '@/lib/types';
import type { TocEntry } from './toc';

/**
 * Page-range convention (the TOC is the only page source):
 * - a section's own text runs from its TOC page to the TOC page of the next entry in reading order,
 *   inclusive (sections routinely share a page with the one that follows);
 * - when the next entry starts a new chapter (or the List of References), the end is that page − 1,
 *   and one page less again when a "THIS PAGE INTENTIONALLY LEFT BLANK" page sits in between;
 * - `Section.pages` of a parent spans its own text and all its descendants (II = 15–37, I.A = 4–8).
 */
export function ownEnd(entries: TocEntry[], i: number, blankBefore: ReadonlySet<string>): number {
  const next = entries[i + 1];
  if (!next) return entries[i].page;
  if (next.level > 1) return Math.max(entries[i].page, next.page);
  return Math.max(entries[i].page, next.page - 1 - (blankBefore.has(next.id) ? 1 : 0));
}

export interface SectionPlan {
  sections: Section[];
  /** Pages of each section's own text (before its first subsection). */
  own: Map<string, PageRange>;
}

export function buildSections(entries: TocEntry[], blankBefore: ReadonlySet<string> = new Set()): SectionPlan {
  const sections: Section[] = [];
  const own = new Map<string, PageRange>();
  entries.forEach((e, i) => {
    if (e.kind !== 'section') return;
    own.set(e.id, { start: e.page, end: ownEnd(entries, i, blankBefore) });
    // full span: up to the own end of the last descendant
    let j = i;
    while (entries[j + 1] && entries[j + 1].kind === 'section' && entries[j + 1].level > e.level) j++;
    const parent = e.level === 1 ? null : e.id.split('.').slice(0, -1).join('.');
    sections.push({
      id: e.id,
      chapter: e.chapter ?? e.id,
      letter: e.letter,
      number: e.number,
      level: e.level,
      title: e.title,
      pages: { start: e.page, end: ownEnd(entries, j, blankBefore) },
      parent,
    });
  });
  return { sections, own };
}
