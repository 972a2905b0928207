/** Field extraction for one bibliography entry (Chicago style, as converted from PDF). */

export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const FULL_DATE = new RegExp(`${MONTH}\\s+\\d{1,2},\\s+\\d{4}`);

export interface TitleSpan {
  title: string;
  start: number;
  end: number;
  quoted: boolean;
}

/** The first quoted (“…”, "…") or italic (*…*) span. */
export function firstTitleSpan(text: string): TitleSpan | null {
  const candidates: TitleSpan[] = [];
  for (const re of [/“([^”]+)”/, /"([^"]+)"/]) {
    const m = re.exec(text);
    if (m) candidates.push({ title: m[1], start: m.index, end: m.index + m[0].length, quoted: true });
  }
  const it = /(?<![*\w])\*([^*\s][^*]*)\*(?!\*)/.exec(text);
  if (it) candidates.push({ title: it[1], start: it.index, end: it.index + it[0].length, quoted: false });
  if (!candidates.length) return null;
  return candidates.sort((a, b) => a.start - b.start)[0];
}

export function cleanTitle(title: string): string {
  return title.replace(/\*/g, '').replace(/[\s,.;:]+$/, '').trim();
}

/** URL as printed: the last `<…>` or a bare http(s) URL; null when none. */
export function extractUrl(text: string): { url: string; start: number; end: number } | null {
  const angled = [...text.matchAll(/<(https?:\/\/[^>\s]+)>/g)].pop();
  if (angled) return { url: angled[1], start: angled.index, end: angled.index + angled[0].length };
  const bare = [...text.matchAll(/https?:\/\/\S+/g)].pop();
  if (!bare) return null;
  const url = bare[0].replace(/[.,;]+$/, '');
  return { url, start: bare.index, end: bare.index + url.length };
}

/** Most specific printed date outside the title: "May 1, 2013", else a year "1985". */
export function extractDate(textWithoutTitle: string): { date: string | null; year: number | null } {
  const full = FULL_DATE.exec(textWithoutTitle);
  if (full) return { date: full[0], year: Number(full[0].slice(-4)) };
  const years = [...textWithoutTitle.matchAll(/(?<![\d–-])(1[89]\d\d|20\d\d)(?![\d–-])/g)];
  const last = years.pop();
  return last ? { date: last[1], year: Number(last[1]) } : { date: null, year: null };
}

/**
 * Author string → names in natural order. "Archibold, Randal C., Damien Cave, and Ginger Thompson" →
 * ["Randal C. Archibold", "Damien Cave", "Ginger Thompson"]; "Baldwin, David A., ed." → ["David A. Baldwin"];
 * institutions (no comma) stay as printed: "United States Senate".
 */
export function parseAuthors(raw: string): string[] {
  let s = raw.replace(/\*/g, '').trim().replace(/,?\s+eds?\.?$/, '');
  s = s.replace(/\.$/, (dot) => (/\b[A-Z]\.$/.test(s) ? dot : ''));
  if (!s) return [];
  if (!s.includes(',')) return [s.split(/\.\s+/)[0].trim()];
  const [surname, rest] = [s.slice(0, s.indexOf(',')).trim(), s.slice(s.indexOf(',') + 1)];
  const names = rest.split(/,\s*(?:and\s+)?|\s+and\s+/).map((n) => n.trim()).filter(Boolean);
  if (!names.length) return [surname];
  return [`${names[0]} ${surname}`, ...names.slice(1)];
}

/** Surname of a natural-order personal name ("Graham H. Turbiville Jr." → "Turbiville"). */
export function surnameOf(name: string): string {
  const words = name.replace(/,/g, ' ').split(/\s+/).filter((w) => w && !/^(Jr|Sr|II|III|IV)\.?$/.test(w));
  return words[words.length - 1] ?? name;
}
