/** Sentence splitting that survives "U.S.", "Gen.", "e.g.", "No.", initials ("S. Brian Wilson") and footnote markers. */

export interface SentenceSpan {
  /** Offset of the sentence's first character in the source text. */
  start: number;
  /** Offset just after its last character (closing quotes and footnote markers included). */
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'adm', 'col', 'lt', 'ltc', 'maj', 'capt', 'cpt', 'cmdr', 'cdr', 'sgt',
  'cpl', 'pvt', 'brig', 'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'st', 'ft', 'mt', 'jr', 'sr', 'no', 'nos',
  'vol', 'vols', 'fig', 'figs', 'ed', 'eds', 'vs', 'inc', 'co', 'corp', 'ltd', 'dept', 'univ', 'approx', 'ca',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'pp', 'p', 'cf', 'al',
]);

/** True when the period at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && !/[\s(“"‘'[*]/.test(text[i - 1])) i--;
  const token = text.slice(i, dot);
  if (!token) return false;
  if (/^[A-Z]$/.test(token)) return true; // initial: "S. Brian Wilson", "Kurt W. Tidd"
  if (/^[A-Za-z]{1,2}(\.[A-Za-z]{1,2})+$/.test(token)) return true; // U.S, H.W, e.g, Ph.D
  return ABBREVIATIONS.has(token.toLowerCase());
}

// terminal punctuation, optional closing quotes/brackets/emphasis, optional footnote markers, then whitespace
const END = /([.!?]+)(["”’')\]*]*)([⁰¹²³⁴⁵⁶⁷⁸⁹]*)(\s+)/g;
const NEXT_STARTS_SENTENCE = /^["“‘'([*]*[A-Z0-9À-Þ]/;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = text.search(/\S/);
  if (start < 0) return spans;
  for (const m of text.matchAll(END)) {
    const after = text.slice(m.index + m[0].length);
    if (!NEXT_STARTS_SENTENCE.test(after)) continue;
    if (m[1] === '.' && !m[2] && isAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].length - m[4].length;
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
    start = m.index + m[0].length;
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  return spans;
}
