/** Date expressions in a sentence of prose, normalized to inclusive [start, end] days (ISO strings). */

export type DatePrecision = 'day' | 'month' | 'year' | 'range' | 'decade';

export interface DateMention {
  /** The words as written ("March 10, 2016", "from 1836 to 1917", "the early 1900s"). */
  text: string;
  /** Offset in the sentence. */
  index: number;
  precision: DatePrecision;
  /** ISO date of the first day covered. */
  start: string;
  /** ISO date of the last day covered. */
  end: string;
  /** "through 2012", "until 1995": an end bound rather than the event's own date. */
  bound: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const YEAR = '((?:18|19|20)\\d\\d)';
const FY = '(?:FY\\s?|fiscal year\\s)';
/** "late 1902": a part of a year, read as the whole year. */
const PART = '(?:(?:early|mid|middle|late)[-\\s]+)?';

const pad = (n: number) => String(n).padStart(2, '0');
const monthNo = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const yearSpan = (a: number, b = a) => ({ start: `${a}-01-01`, end: `${b}-12-31` });
const validYear = (y: number) => y >= 1800 && y <= 2035;

/** Decades: "the 1990s" = 1990–1999, early/mid/late thirds; "the 1900s"/"the 1800s" read as centuries ("early 1900s" = 1900–1933). */
export function decadeSpan(decade: number, part?: string): [number, number] {
  const span = decade % 100 === 0 ? 100 : 10;
  const third = Math.floor(span / 3);
  const p = part?.toLowerCase().replace('middle', 'mid');
  if (p === 'early') return [decade, decade + third];
  if (p === 'mid') return [decade + third, decade + span - third - 1];
  if (p === 'late') return [decade + span - third, decade + span - 1];
  return [decade, decade + span - 1];
}

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray) => Omit<DateMention, 'text' | 'index' | 'bound'> | null;
}

const RULES: Rule[] = [
  // March 10, 2016 / 10 March 2016
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}\\b`, 'g'), make: (m) => day(Number(m[3]), monthNo(m[1]), Number(m[2])) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+${YEAR}\\b`, 'g'), make: (m) => day(Number(m[3]), monthNo(m[2]), Number(m[1])) },
  // attacks on 9/11
  { re: /\b(?:on|of)\s+9\/11\b|\b9\/11\s+attacks?\b/g, make: () => day(2001, 9, 11) },
  // from 1836 to 1917, between 1994 and 1997, 1994–1997, 1997-2000
  {
    re: new RegExp(`\\b(?:(?:from|between)\\s+${PART}${YEAR}\\s+(?:to|and|until|till|through)\\s+${PART}${YEAR}|${YEAR}\\s*[–—-]\\s*${YEAR})(?!\\d)`, 'gi'),
    make: (m) => {
      const a = Number(m[1] ?? m[3]);
      const b = Number(m[2] ?? m[4]);
      return b > a && validYear(a) && validYear(b) ? { precision: 'range', ...yearSpan(a, b) } : null;
    },
  },
  // June 2017 / January of 1999
  {
    re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'g'),
    make: (m) => {
      const y = Number(m[2]);
      const mo = monthNo(m[1]);
      return validYear(y) ? { precision: 'month', start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` } : null;
    },
  },
  // the 1990s, the early 1900s, mid-1990s
  {
    re: /\b(?:(early|mid|middle|late)[-\s]+)?((?:18|19|20)\d0)['’]?s\b/gi,
    make: (m) => {
      const [a, b] = decadeSpan(Number(m[2]), m[1]);
      return { precision: 'decade', ...yearSpan(a, b) };
    },
  },
  // FY2016, fiscal year 2017, 1942
  {
    re: new RegExp(`(?<![$\\d.,/–-])(?:${FY})?${YEAR}(?![\\d%]|[.,]\\d|\\s*(?:million|billion|thousand)\\b|\\s+[a-z]{2,}(?<!\\b(?:was|has|does|its|this|thus|as|is|plus|always|perhaps|whereas|across|towards|us))s\\b)`, 'gi'),
    make: (m) => (validYear(Number(m[1])) ? { precision: 'year', ...yearSpan(Number(m[1])) } : null),
  },
];

function day(y: number, mo: number, d: number): Omit<DateMention, 'text' | 'index' | 'bound'> | null {
  if (!validYear(y) || mo < 1 || d < 1 || d > lastDay(y, mo)) return null;
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  return { precision: 'day', start: iso, end: iso };
}

/**
 * Every date in a sentence, in order: full dates, "9/11" as an event, year ranges, month and year, decades and single
 * years (FY2016 as its year). Longer expressions win over the years inside them; dollar figures, percentages, counts
 * ("1486 detainees") and numbers outside 1800–2035 are not dates. Footnote markers must already be removed.
 */
export function extractDates(sentence: string): DateMention[] {
  const taken: [number, number][] = [];
  const out: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const [from, to] = [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const made = rule.make(m);
      if (!made) continue;
      taken.push([from, to]);
      const before = sentence.slice(Math.max(0, from - 12), from);
      out.push({ text: m[0], index: from, bound: /\b(?:through|until|till|by)\s+(?:the\s+)?$/i.test(before), ...made });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Years covered by a mention (inclusive). */
export function mentionYears(m: Pick<DateMention, 'start' | 'end'>): [number, number] {
  return [Number(m.start.slice(0, 4)), Number(m.end.slice(0, 4))];
}
