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
