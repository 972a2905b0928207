/** Table of contents → entries with printed start pages (the only page source: the body has no page markers). */

export interface TocEntry {
  /** `I`, `I.A`, `I.A.1`; for unnumbered entries (LIST OF REFERENCES) a slug such as `list-of-references`. */
  id: string;
  kind: 'section' | 'matter';
  /** Label as printed: `II`, `E`, `1`, or null for unnumbered entries. */
  label: string | null;
  title: string;
  page: number;
  level: 1 | 2 | 3;
  chapter: string | null;
  letter: string | null;
  number: number | null;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const NUMBERED = /^\s*([IVX]+|[A-Z]|\d+)\.\s+(.+?)[\s.]*\s(\d+)\s*$/;
const UNNUMBERED = /^\s*([A-Z][A-Z ,'&-]+?)[\s.]*\t\s*(\d+)\s*$/;

/** Lines of the table of contents: from "TABLE OF CONTENTS" to the next list heading or blank-page marker. */
export function tocLines(text: string): { lines: string[]; startLine: number; endLine: number } {
  const all = text.split('\n');
  const begin = all.findIndex((l) => l.trim() === 'TABLE OF CONTENTS');
  if (begin < 0) return { lines: [], startLine: -1, endLine: -1 };
  let end = begin + 1;
  while (end < all.length && !/^(LIST OF [A-Z ]+|THIS PAGE INTENTIONALLY LEFT BLANK|ACKNOWLEDGMENTS|ABSTRACT)$/.test(all[end].trim())) end++;
  return { lines: all.slice(begin + 1, end), startLine: begin + 1, endLine: end };
}

export function parseToc(text: string): TocEntry[] {
  const entries: TocEntry[] = [];
  let chapter: string | null = null;
  let letter: string | null = null;
  for (const raw of tocLines(text).lines) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) continue;
    const m = NUMBERED.exec(line);
    if (m) {
      const [, label, rawTitle, page] = m;
      const title = rawTitle.replace(/[\s.]+$/, '').trim();
      const nextChapter: string | undefined = ROMAN[chapter ? ROMAN.indexOf(chapter) + 1 : 0];
      if (label === nextChapter || (ROMAN.includes(label) && label.length > 1)) {
        chapter = label;
        letter = null;
        entries.push({ id: label, kind: 'section', label, title, page: +page, level: 1, chapter, letter: null, number: null });
      } else if (/^[A-Z]$/.test(label) && chapter) {
        letter = label;
        const id = `${chapter}.${label}`;
        entries.push({ id, kind: 'section', label, title, page: +page, level: 2, chapter, letter, number: null });
      } else if (/^\d+$/.test(label) && chapter) {
        const parent = letter ? `${chapter}.${letter}` : chapter;
        const id = `${parent}.${label}`;
        entries.push({ id, kind: 'section', label, title, page: +page, level: 3, chapter, letter, number: +label });
      }
      continue;
    }
    const u = UNNUMBERED.exec(line);
    if (u) {
      const title = u[1].trim();
      const id = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      entries.push({ id, kind: 'matter', label: null, title, page: +u[2], level: 1, chapter: null, letter: null, number: null });
      chapter = null;
      letter = null;
    }
  }
  return entries;
}

/** "LIST OF TABLES" lines such as `Table 4.\tReasons for ...\t57` → table number → page. */
export function parseListOfTables(text: string): Map<number, { title: string; page: number }> {
  const out = new Map<number, { title: string; page: number }>();
  const all = text.split('\n');
  const begin = all.findIndex((l) => l.trim() === 'LIST OF TABLES');
  if (begin < 0) return out;
  for (let i = begin + 1; i < all.length; i++) {
    const line = all[i].trim();
    if (!line) continue;
    const m = /^Table\s+(\d+)\.\s+(.+?)[\s.]*\s(\d+)$/.exec(line);
    if (!m) break;
    out.set(+m[1], { title: m[2].trim(), page: +m[3] });
  }
  return out;
}
