import type { Country } from './countries';
import type { TimelineEvent } from './events';

export interface TimelineFilter {
  /** Inclusive lower bound: `1994`, `1994-06` or `1994-06-15`. */
  from?: string;
  /** Inclusive upper bound, same forms; `1997` means through December 31, 1997. */
  to?: string;
  country?: Country;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a from/to bound is well formed (a year, year-month or full ISO date that exists). */
export function isDateBound(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** First or last day covered by a bound ("1997" → 1997-01-01 / 1997-12-31). */
export function boundDay(s: string, side: 'start' | 'end'): string {
  const m = DATE.exec(s);
  if (!m) throw new Error(`bad date bound ${s}`);
  const [y, mo, d] = [m[1], m[2], m[3]];
  if (d) return `${y}-${mo}-${d}`;
  if (mo) return side === 'start' ? `${y}-${mo}-01` : `${y}-${mo}-${String(new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate()).padStart(2, '0')}`;
  return side === 'start' ? `${y}-01-01` : `${y}-12-31`;
}

const spanYears = (a: string, b: string) => Number(b.slice(0, 4)) - Number(a.slice(0, 4)) + 1;

/**
 * Events overlapping the period [from, to] (open ends allowed) that concern the country, if one is given. With both
 * ends given, events much wider than the period (wider than it and than ten years, e.g. "the 1900s" for 1942) are
 * left out: they are not "in" the period.
 */
export function filterTimeline(events: readonly TimelineEvent[], f: TimelineFilter): TimelineEvent[] {
  const from = f.from ? boundDay(f.from, 'start') : null;
  const to = f.to ? boundDay(f.to, 'end') : null;
  const widest = from && to ? Math.max(10, spanYears(from, to)) : Infinity;
  return events.filter(
    (e) => (!from || e.end >= from) && (!to || e.start <= to) && spanYears(e.start, e.end) <= widest && (!f.country || e.countries.includes(f.country)),
  );
}
