import { extractDates } from '../timeline/dates';

export type QuantityKind = 'money' | 'count' | 'percent' | 'year';

export interface Quantity {
  kind: QuantityKind;
  /** Dollars for money, the number for counts and percents, the year for years. */
  value: number;
  /** What is counted ("personnel", "bases"); the noun after "% of" for percents; "" otherwise. */
  unit: string;
  /** As written: "almost $2.8 billion", "800 U.S. military personnel". */
  text: string;
  /** "about", "almost", "up to", … when the figure is hedged. */
  hedge: string | null;
  start: number;
  end: number;
}

const HEDGE = '(?:(about|approximately|almost|nearly|roughly|around|over|more than|less than|up to|some|at least|an estimated|close to)\\s+)?';
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const num = (s: string) => Number(s.replace(/,/g, ''));
/** Verbs that date a one-time event ("signed the Mérida Initiative in 2007"). */
export const EVENT_VERB = /\b(sign(?:ed|ing)?|approv(?:ed|al|ing)|enact(?:ed|ing)?|creat(?:ed|ing|ion)|establish(?:ed|ing|ment)|launch(?:ed|ing)?|began|begun|implement(?:ed|ing|ation)|pass(?:ed|ing)?|form(?:ed|ing)|found(?:ed|ing)|declar(?:ed|ation)|adopt(?:ed|ing)|ratif(?:ied|ication)|renamed|start(?:ed|ing)?|initiat(?:ed|ing))\b/i;
const PLURAL_NOUN = /^(?:[A-Za-z.-]+\s+){0,3}?([a-z]{3,}s|personnel|people|men|women|children|staff)\b/;

/** Money, counts (a number and the plural noun it counts), percentages, and years of events in one sentence. */
export function findQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  const taken = (a: number, b: number) => out.some((q) => a < q.end && b > q.start);
  const push = (q: Quantity) => {
    if (!taken(q.start, q.end)) out.push(q);
  };
  for (const m of sentence.matchAll(new RegExp(`${HEDGE}\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*(thousand|million|billion|trillion)\\b)?`, 'gi'))) {
    push({ kind: 'money', value: num(m[2]) * (m[3] ? SCALE[m[3].toLowerCase()] : 1), unit: '', text: m[0], hedge: m[1]?.toLowerCase() ?? null, start: m.index, end: m.index + m[0].length });
  }
  for (const m of sentence.matchAll(new RegExp(`${HEDGE}(\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b)(?:\\s+of\\s+(?:all\\s+|the\\s+)?([a-z]+))?`, 'gi'))) {
    push({ kind: 'percent', value: num(m[2]), unit: m[3]?.toLowerCase() ?? '', text: m[0], hedge: m[1]?.toLowerCase() ?? null, start: m.index, end: m.index + m[0].length });
  }
  const years = new Set(extractDates(sentence).flatMap((d) => (d.precision === 'year' || d.precision === 'day' || d.precision === 'month' ? [d] : [])));
  for (const m of sentence.matchAll(new RegExp(`(?<![$\\d.,/])${HEDGE}(\\d{1,3}(?:,\\d{3})+|\\d+)\\+?\\s+`, 'gi'))) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const numEnd = m.index + m[0].trimEnd().length;
    const noun = PLURAL_NOUN.exec(sentence.slice(m.index + m[0].length));
    if (!noun || [...years].some((d) => d.index <= start + (m[1]?.length ?? 0) && d.index + d.text.length >= numEnd)) continue;
    const end = m.index + m[0].length + noun[0].length;
    push({ kind: 'count', value: num(m[2]), unit: noun[1].toLowerCase(), text: sentence.slice(start, end), hedge: m[1]?.toLowerCase() ?? null, start, end });
  }
  if (EVENT_VERB.test(sentence)) {
    for (const d of years) {
      if (d.bound) continue;
      const y = Number(d.start.slice(0, 4));
      push({ kind: 'year', value: y, unit: '', text: d.text, hedge: null, start: d.index, end: d.index + d.text.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "$2.8 billion", "800 personnel", "80%", "2007". */
export function formatQuantity(q: Pick<Quantity, 'kind' | 'value' | 'unit'>): string {
  if (q.kind === 'money') {
    const [scale, word] = q.value >= 1e9 ? [1e9, ' billion'] : q.value >= 1e6 ? [1e6, ' million'] : [1, ''];
    return `$${Number((q.value / scale).toFixed(3)).toLocaleString('en-US')}${word}`;
  }
  if (q.kind === 'percent') return `${q.value}%${q.unit ? ` of ${q.unit}` : ''}`;
  if (q.kind === 'count') return `${q.value.toLocaleString('en-US')} ${q.unit}`;
  return String(q.value);
}
