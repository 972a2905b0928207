/** Timeline: dated events of the thesis, filters, and date-question retrieval for the chat. */
export { extractDates, decadeSpan, mentionYears, type DateMention, type DatePrecision } from './dates';
export { COUNTRIES, eventCountries, parseCountry, countriesInText, type Country } from './countries';
export { timelineEvents, recordEvents, type TimelineEvent } from './events';
export { filterTimeline, isDateBound, boundDay, type TimelineFilter } from './filter';
export { questionPeriod, eventsForQuestion, timelineRecordIds } from './question';
export { withTimelineHits } from './chat';
export { timelineView, type TimelineEntry } from './view';
