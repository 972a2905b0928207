import type { BibliographyEntry } from '@/lib/types';
import { surnameOf } from './bib-fields';

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Heuristic: a personal name has a surname-like last word and 2–5 words without institutional words. */
export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return !/\b(States|Senate|Command|Times|News|Research|Monitor|Department|Service|Press|University|Institute|Assistance|Post|Review)\b/.test(name);
}

/** Key word for an id: surname of the first person author, else first word of the institution, else of the title. */
export function bibKey(entry: Pick<BibliographyEntry, 'authors' | 'title'>): string {
  const first = entry.authors[0];
  if (first) return slug(isPersonName(first) ? surnameOf(first) : first.split(/\s+/)[0]) || 'anon';
  const word = entry.title.split(/\s+/).find((w) => /[A-Za-z]/.test(w)) ?? 'untitled';
  return slug(word) || 'untitled';
}

/** `bib:<key>-<year>` (`nd` without a year); duplicates get a, b, c… in list order. */
export function assignBibIds(entries: Omit<BibliographyEntry, 'id'>[]): BibliographyEntry[] {
  const bases = entries.map((e) => `bib:${bibKey(e)}-${e.year ?? 'nd'}`);
  const counts = new Map<string, number>();
  bases.forEach((b) => counts.set(b, (counts.get(b) ?? 0) + 1));
  const seen = new Map<string, number>();
  return entries.map((e, i) => {
    const base = bases[i];
    if (counts.get(base) === 1) return { id: base, ...e };
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return { id: `${base}${String.fromCharCode(97 + k)}`, ...e };
  });
}
