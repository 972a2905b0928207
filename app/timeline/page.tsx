import type { Metadata } from 'next';
import { toAppError } from '@/lib/errors';
import { parseInput } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';
import { timelineQuerySchema } from '@/lib/tools/requests';
import { COUNTRIES } from '@/lib/tools/timeline/countries';
import type { TimelineFilter } from '@/lib/tools/timeline/filter';
import { timelineView, type TimelineEntry } from '@/lib/tools/timeline/view';
import { TimelineList } from './timeline-list';
import styles from './timeline.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline — Footnote' };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Every dated event of the thesis, normalized and sorted, filterable by period and country. */
export default async function TimelinePage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = { from: one(raw.from), to: one(raw.to), country: one(raw.country) };
  let filter: TimelineFilter = {};
  let events: TimelineEntry[] = [];
  let problem: string | null = null;
  try {
    filter = parseInput(timelineQuerySchema, params);
    events = timelineView((await getStore()).corpus, filter);
  } catch (err) {
    problem = toAppError(err).message;
  }
  return (
    <div className="page">
      <h1>Timeline</h1>
      <p className="muted">
        Every dated event the thesis mentions — full dates, months, years, ranges and decades — with the sentence, the countries concerned and its citation.
      </p>
      <form method="get" action="/timeline" className={styles.filters} aria-label="Filter the timeline">
        <label htmlFor="tl-from">From</label>
        <input id="tl-from" name="from" defaultValue={params.from ?? ''} placeholder="1994" size={10} inputMode="numeric" />
        <label htmlFor="tl-to">To</label>
        <input id="tl-to" name="to" defaultValue={params.to ?? ''} placeholder="1997" size={10} inputMode="numeric" />
        <label htmlFor="tl-country">Country</label>
        <select id="tl-country" name="country" defaultValue={filter.country ?? ''}>
          <option value="">all</option>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">
          Filter
        </button>
        {(params.from || params.to || params.country) && <a href="/timeline">Clear</a>}
      </form>
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            {events.length} events{filter.from || filter.to ? ` from ${filter.from ?? 'the start'} to ${filter.to ?? 'today'}` : ''}
            {filter.country ? ` concerning ${filter.country}` : ''}.
          </p>
          <TimelineList events={events} />
        </>
      )}
    </div>
  );
}
