import type { Corpus } from '@/lib/types';
import { countriesInText, type Country } from './countries';
import { extractDates } from './dates';
import { timelineEvents, type TimelineEvent } from './events';
import { filterTimeline } from './filter';

export interface QuestionPeriod {
  /** ISO day bounds of the dates the question names. */
  start: string;
  end: string;
  /** Mexico/Colombia named in the question (the United States is left out: nearly every event involves it). */
  countries: Country[];
}

const EVENT_CUE = /\b(happen(?:ed|s|ing)?|occur(?:red|s)?|took place|take place|events?|timeline|chronolog\w*|going on|developments?)\b/i;

/**
 * The period a date question asks about ("what happened in 1942?", "between 1994 and 1997 with Mexico?", "in the
 * 1990s"), or null when the question names no date or does not ask for events.
 */
export function questionPeriod(question: string): QuestionPeriod | null {
  const dates = extractDates(question);
  if (!dates.length || !(EVENT_CUE.test(question) || /^\s*(?:in\s+)?\S+\s*\??\s*$/i.test(question))) return null;
  const start = dates.map((d) => d.start).sort()[0];
  const end = dates.map((d) => d.end).sort().at(-1)!;
  return { start, end, countries: countriesInText(question).filter((c) => c !== 'United States') };
}

/** Events in the period (and of the countries) of a question; events much wider than the period (a century) are left out. */
export function eventsForQuestion(corpus: Pick<Corpus, 'chunks'>, question: string): TimelineEvent[] {
  const p = questionPeriod(question);
  if (!p) return [];
  return filterTimeline(timelineEvents(corpus), { from: p.start, to: p.end }).filter((e) => !p.countries.length || e.countries.some((c) => p.countries.includes(c)));
}

/** Ids of the thesis passages holding the events a date question asks about, in date order, at most `limit`. */
export function timelineRecordIds(corpus: Pick<Corpus, 'chunks'>, question: string, limit = 5): string[] {
  const ids: string[] = [];
  for (const e of eventsForQuestion(corpus, question)) {
    if (!ids.includes(e.recordId)) ids.push(e.recordId);
    if (ids.length >= limit) break;
  }
  return ids;
}
