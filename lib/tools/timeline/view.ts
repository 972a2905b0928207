import type { Citation } from '@/lib/cite/types';
import type { Corpus } from '@/lib/types';
import { evidenceCitation } from '../evidence';
import { timelineEvents, type TimelineEvent } from './events';
import { filterTimeline, type TimelineFilter } from './filter';

export interface TimelineEntry extends Omit<TimelineEvent, 'quote'> {
  /** The event sentence as a citation card: passage, pages, the thesis's footnotes and their sources. */
  citation: Citation;
}

/** The filtered timeline with a citation for every event (GET /api/timeline, the /timeline page). */
export function timelineView(corpus: Corpus, filter: TimelineFilter = {}): TimelineEntry[] {
  const byId = new Map(corpus.chunks.map((r) => [r.id, r]));
  return filterTimeline(timelineEvents(corpus), filter).map(({ quote, ...e }) => ({ ...e, citation: evidenceCitation(corpus, byId.get(e.recordId)!, quote) }));
}
