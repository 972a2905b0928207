import { passageHref } from '@/lib/passages/href';
import type { TimelineEntry } from '@/lib/tools/timeline/view';
import { CitationCard } from '../components/citation-card';
import styles from './timeline.module.css';

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "10 Mar. 2016", "June 2017", "1942", "1836–1917", "1990s (1990–1999)". */
export function dateLabel(e: Pick<TimelineEntry, 'precision' | 'start' | 'end' | 'label'>): string {
  const [y, m, d] = e.start.split('-').map(Number);
  const endYear = Number(e.end.slice(0, 4));
  switch (e.precision) {
    case 'day':
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 'month':
      return `${MONTHS[m - 1]} ${y}`;
    case 'year':
      return String(y);
    case 'range':
      return `${y}–${endYear}`;
    case 'decade':
      return `${e.label.replace(/^the\s+/i, '')} (${y}–${endYear})`;
  }
}

/** The events in date order, each with its sentence, countries and citation card. */
export function TimelineList({ events }: { events: TimelineEntry[] }) {
  if (!events.length) return <p>No dated events in this period.</p>;
  return (
    <ol className={styles.events} data-testid="timeline">
      {events.map((e) => (
        <li key={e.id} className={styles.event} data-start={e.start} data-countries={e.countries.join(',')}>
          <p className={styles.when}>
            <time dateTime={e.precision === 'day' ? e.start : e.start.slice(0, 4)}>{dateLabel(e)}</time>
            {e.countries.map((c) => (
              <span key={c} className="kind-tag">
                {c}
              </span>
            ))}
            <a className="link-button" href={passageHref(e.recordId)}>
              Read passage
            </a>
          </p>
          <CitationCard citation={{ ...e.citation, n: undefined }} />
          <p className={styles.label}>{e.citation.label}</p>
        </li>
      ))}
    </ol>
  );
}
