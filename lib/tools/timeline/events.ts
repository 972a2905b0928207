import { splitSentences } from '@/lib/corpus/sentences';
import { findMarkers, stripMarkers } from '@/lib/corpus/superscript';
import type { Corpus, CorpusRecord, PageRange } from '@/lib/types';
import { eventCountries, type Country } from './countries';
import { extractDates, type DateMention, type DatePrecision } from './dates';

/** One dated event: a sentence of the thesis and one date it names. */
export interface TimelineEvent {
  /** Stable id: `<record id>#<sentence index>:<date index>`. */
  id: string;
  /** The date as written ("March 10, 2016", "from 1836 to 1917"). */
  label: string;
  precision: DatePrecision;
  start: string;
  end: string;
  /** The sentence (display text, footnote markers removed). */
  sentence: string;
  /** The sentence exactly as it occurs in the record text (markers kept), for citations. */
  quote: string;
  countries: Country[];
  recordId: string;
  section: string | null;
  sectionTitle: string | null;
  pages: PageRange | null;
  /** Thesis footnotes supporting the sentence: its own markers, else the next marker in the same record. */
  footnotes: number[];
}

const EVENT_KINDS = new Set<CorpusRecord['kind']>(['passage', 'abstract']);

function isThesisProse(r: CorpusRecord): boolean {
  return r.doc === 'thesis' && EVENT_KINDS.has(r.kind) && (r.section !== null || r.kind === 'abstract');
}

function sentenceFootnotes(text: string, start: number, end: number): number[] {
  const markers = findMarkers(text);
  const inside = markers.filter((m) => m.start >= start && m.start < end).map((m) => m.n);
  if (inside.length) return [...new Set(inside)];
  const next = markers.find((m) => m.start >= end);
  return next ? [next.n] : [];
}

/** Events of one record: each sentence × each of its dates (an end bound such as "through 2012" only when alone). */
export function recordEvents(r: CorpusRecord): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  splitSentences(r.text).forEach((s, si) => {
    const sentence = stripMarkers(s.text).replace(/\s+/g, ' ').trim();
    const all = extractDates(sentence);
    const own = all.some((d) => !d.bound) ? all.filter((d) => !d.bound) : all;
    const seen = new Set<string>();
    own.forEach((d: DateMention, di) => {
      const key = `${d.start}/${d.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        id: `${r.id}#${si + 1}:${di + 1}`,
        label: d.text,
        precision: d.precision,
        start: d.start,
        end: d.end,
        sentence,
        quote: s.text,
        countries: eventCountries(sentence, r.section),
        recordId: r.id,
        section: r.section,
        sectionTitle: r.sectionTitle,
        pages: r.pages,
        footnotes: sentenceFootnotes(r.text, s.start, s.end),
      });
    });
  });
  return out;
}

const cache = new WeakMap<object, TimelineEvent[]>();

/** Every dated event of the thesis prose (not footnotes, bibliography or tables), sorted by start, then end, then reading order. */
export function timelineEvents(corpus: Pick<Corpus, 'chunks'>): TimelineEvent[] {
  let events = cache.get(corpus);
  if (!events) {
    const order = new Map(corpus.chunks.map((r, i) => [r.id, i]));
    events = corpus.chunks
      .filter(isThesisProse)
      .flatMap(recordEvents)
      .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || order.get(a.recordId)! - order.get(b.recordId)!);
    cache.set(corpus, events);
  }
  return events;
}
