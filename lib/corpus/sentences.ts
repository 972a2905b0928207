/** Sentence splitting shared by chunking, citation quotes and the answerer: it keeps abbreviations ("U.S.", "Gen.", "Jr."), initials, numbered labels ("Table 5.") and footnote/citation markers intact; line breaks always end a sentence. */

export interface SentenceSpan {
  /** The sentence exactly as it occurs in the text (a verbatim substring). */
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'ph.d b.a b.s m.a m.s adm gen lt col capt cmdr cdr maj sgt cpl pvt mr mrs ms dr prof jr sr st no nos vol vols pp p ed eds ' +
    'e.g i.e etc vs cf al approx ca inc co corp ltd dept gov sen rep pres fig figs jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec ft mt rev hon gov op ch sec art'
  ).split(' '),
);

const CLOSERS = `"'”’)\\]*`;
const SUPERSCRIPTS = '\u00b9\u00b2\u00b3\u2070-\u2079';
/** Terminal punctuation, closing quotes/brackets, footnote superscripts and [n] markers, then whitespace. */
const BOUNDARY = new RegExp(`[.!?](?:[${CLOSERS}${SUPERSCRIPTS}]|\\[\\d[\\d,\\s–-]*\\])*(?=\\s)`, 'g');

/** True when the period at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  // "Table 5. Analysis of ...", "No. 243": a numbered label, not a sentence end.
  if (/\b(Table|Figure|Chapter|Section|Article|No|Vol|Report)\s+[\dIVX]+$/i.test(text.slice(Math.max(0, dot - 20), dot))) return true;
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1])) i--;
  const token = text.slice(i, dot);
  if (!token) return false;
  if (/^[A-Z]$/.test(token)) return true; // initial: "S. Brian Wilson", "Graham H."
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(token)) return true; // U.S, D.C, e.g, Ph.D
  return ABBREVIATIONS.has(token.toLowerCase());
}

/** Whether the text after a candidate boundary looks like the start of a new sentence. */
function startsSentence(rest: string): boolean {
  const m = /^\s*(\S)/.exec(rest);
  if (!m) return true;
  return /[A-Z0-9"“'‘([À-Þ¿¡]/.test(m[1]);
}

/** Splits text into sentences; line breaks always end a sentence. Spans are exact substrings. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    let start = lineStart;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
      const dot = lineStart + m.index;
      const end = dot + m[0].length;
      if (isAbbreviation(text, dot) && !/[”"’)\]\u00b9\u00b2\u00b3\u2070-\u2079]/.test(m[0].slice(1))) continue;
      if (!startsSentence(text.slice(end, lineEnd))) continue;
      push(start, end);
      start = end;
    }
    push(start, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}
