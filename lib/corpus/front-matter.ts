import type { Acronym, FrontMatter } from '@/lib/types';
import { isBlankPageMarker, splitBlocks } from './blocks';
import { cleanDisplayText } from './normalize';

const unbold = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/** The first `**bold**` run (possibly over several lines) starting at or after line `from`. */
function boldAfter(lines: readonly string[], from: number): string | null {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    if (!lines[i].trim().startsWith('**')) continue;
    const parts: string[] = [];
    for (let j = i; j < lines.length && lines[j].trim(); j++) {
      parts.push(lines[j]);
      if (j > i || lines[j].trim().length > 2) if (lines[j].trim().endsWith('**')) break;
    }
    return unbold(parts.join(' '));
  }
  return null;
}

const indexOfLine = (lines: readonly string[], re: RegExp, from = 0) => {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i].trim())) return i;
  return -1;
};

const nextNonEmpty = (lines: readonly string[], from: number): string => {
  for (let i = from; i < lines.length; i++) if (lines[i].trim()) return lines[i].trim();
  return '';
};

/** Paragraphs after a heading line (e.g. ABSTRACT, ACKNOWLEDGMENTS) up to a blank-page marker or a list heading. */
export function paragraphsAfter(lines: readonly string[], heading: RegExp): string[] {
  const at = indexOfLine(lines, heading);
  if (at < 0) return [];
  const out: string[] = [];
  for (const b of splitBlocks(lines, at + 1)) {
    if (isBlankPageMarker(b.lines[0]) || /^(TABLE OF CONTENTS|LIST OF |[IVX]+\.\s)/.test(b.lines[0].trim())) break;
    out.push(cleanDisplayText(b.lines.map((l) => l.trim()).join(' ')));
  }
  return out;
}

/** Title, author, date, degree, advisors and abstract from the cover, title and abstract pages. */
export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  const title = boldAfter(lines, indexOfLine(lines, /^THESIS$/)) ?? '';
  const by = indexOfLine(lines, /^by$/i);
  const author = by >= 0 ? nextNonEmpty(lines, by + 1) : '';
  const dateLine = lines.slice(Math.max(by, 0)).find((l) => /^(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/.test(l.trim()));
  const degree = boldAfter(lines, indexOfLine(lines, /degree of$/i)) ?? '';
  const advisors: FrontMatter['advisors'] = [];
  const approved = indexOfLine(lines, /^Approved by:/);
  if (approved >= 0) {
    for (const b of splitBlocks(lines, approved)) {
      if (isBlankPageMarker(b.lines[0]) || b.lines.length < 2) break;
      advisors.push({ name: b.lines[0].replace(/^Approved by:\s*/, '').trim(), role: b.lines.slice(1).join(' ').trim() });
    }
  }
  const abstract = paragraphsAfter(lines, /^ABSTRACT$/).join('\n\n');
  return { title, author, date: dateLine?.trim() ?? '', degree, advisors, abstract };
}

/**
 * The title page as verbatim units (bold markers and line breaks aside): the title; the author
 * with rank and prior degree; the degree, school and date; each approving reader with their role
 * ("Approved by: Diego Esparza, Ph.D. Thesis Advisor"). Empty when there is none.
 */
export function titlePageUnits(text: string): string[] {
  const lines = text.split('\n');
  const submitted = indexOfLine(lines, /^Submitted in partial fulfillment/i);
  const approved = indexOfLine(lines, /^Approved by:/, Math.max(submitted, 0));
  if (submitted < 0 || approved < 0) return [];
  // The title page starts at the bold title above the author's name.
  let start = submitted;
  while (start > 0 && !lines[start - 1].trim().startsWith('**')) start--;
  while (start > 0 && lines[start - 1].trim()) start--;
  const read = (from: number, to: number) => cleanDisplayText(unbold(lines.slice(from, to).filter((l) => l.trim()).join(' ')));
  const units: string[] = [];
  let by = '';
  for (const b of splitBlocks(lines, start, submitted)) {
    const unit = read(b.line, b.line + b.lines.length);
    // A cover page's lone "by" belongs to the author's name below it.
    if (/^by$/i.test(unit)) by = `${unit} `;
    else [units[units.length], by] = [`${by}${unit}`, ''];
  }
  units.push(read(submitted, approved));
  for (const b of splitBlocks(lines, approved)) {
    if (isBlankPageMarker(b.lines[0])) break;
    units.push(read(b.line, b.line + b.lines.length));
  }
  return units.filter(Boolean);
}

/** "LIST OF ACRONYMS AND ABBREVIATIONS": one `SHORT<tab>Long form` per line. */
export function parseAcronyms(text: string): Acronym[] {
  const lines = text.split('\n');
  const at = indexOfLine(lines, /^LIST OF ACRONYMS/);
  if (at < 0) return [];
  const out: Acronym[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const m = /^(\S+)\t+(.+)$/.exec(line);
    if (!m) break;
    out.push({ short: m[1], long: m[2].trim() });
  }
  return out;
}
