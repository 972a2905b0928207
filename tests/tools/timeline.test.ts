import { describe, expect, it } from 'vitest';
import {
  countriesInText,
  eventCountries,
  extractDates,
  filterTimeline,
  isDateBound,
  parseCountry,
  questionPeriod,
  timelineEvents,
  timelineRecordIds,
  withTimelineHits,
} from '@/lib/tools/timeline';
import { passageWith, thesisCorpus } from './helpers';

const dates = (s: string) => extractDates(s).map((d) => [d.text, d.precision, d.start, d.end]);


const MEXICO_1942 = () => passageWith(thesisCorpus().chunks, 'In 1942, the United States created the Joint Mexican-United States Defense Commission');
const COLOMBIA_1942 = () => thesisCorpus().chunks.find((r) => r.kind === 'passage' && r.section === 'III.C' && /\b1942\b/.test(r.text))!.id;

describe('date extraction', () => {
  it('reads full dates, month and year, and years', () => {
    expect(dates('On March 10, 2016, Admiral Tidd spoke.')).toEqual([['March 10, 2016', 'day', '2016-03-10', '2016-03-10']]);
    expect(dates('It met on 4 July 1998.')).toEqual([['4 July 1998', 'day', '1998-07-04', '1998-07-04']]);
    expect(dates('In June 2017 and in January of 1999.')).toEqual([
      ['June 2017', 'month', '2017-06-01', '2017-06-30'],
      ['January of 1999', 'month', '1999-01-01', '1999-01-31'],
    ]);
    expect(dates('In 1942, the United States acted.')).toEqual([['1942', 'year', '1942-01-01', '1942-12-31']]);
    expect(dates('In FY2017 and fiscal year 2016.').map((d) => d[2])).toEqual(['2017-01-01', '2016-01-01']);
    expect(dates('February 30, 2015 is no date.').map((d) => d[1])).toEqual(['year']);
  });

  it('reads ranges as one span', () => {
    expect(dates('From 1836 to 1917, they fought.')).toEqual([['From 1836 to 1917', 'range', '1836-01-01', '1917-12-31']]);
    expect(dates('between 1994 and 1997')).toEqual([['between 1994 and 1997', 'range', '1994-01-01', '1997-12-31']]);
    expect(dates('in 1994–1997 and 1997-2000')).toEqual([
      ['1994–1997', 'range', '1994-01-01', '1997-12-31'],
      ['1997-2000', 'range', '1997-01-01', '2000-12-31'],
    ]);
    expect(dates('lasted from 1899 until late 1902')).toEqual([['from 1899 until late 1902', 'range', '1899-01-01', '1902-12-31']]);
  });

  it('reads decades and centuries, with early/mid/late parts', () => {
    expect(dates('in the 1990s')).toEqual([['1990s', 'decade', '1990-01-01', '1999-12-31']]);
    expect(dates('the early 1990s')).toEqual([['early 1990s', 'decade', '1990-01-01', '1993-12-31']]);
    expect(dates('the late 1980s')).toEqual([['late 1980s', 'decade', '1987-01-01', '1989-12-31']]);
    expect(dates('mid-1990s')).toEqual([['mid-1990s', 'decade', '1993-01-01', '1996-12-31']]);
    expect(dates('since the early 1900s')).toEqual([['early 1900s', 'decade', '1900-01-01', '1933-12-31']]);
    expect(dates('the late 1800s')).toEqual([['late 1800s', 'decade', '1867-01-01', '1899-12-31']]);
  });

  it('ignores figures, counts, page and footnote numbers', () => {
    expect(dates('It provided $1.3 billion and $2000 to 1486 detainees, 80% of 2000 troops.')).toEqual([]);
    expect(dates('See page 23, pp. 396–397, and 525,000 square miles.')).toEqual([]);
    expect(dates('The 52nd Battalion had 400 fighters.')).toEqual([]);
  });

  it('marks end bounds and reads 9/11 only as the attacks', () => {
    expect(extractDates('almost $8 billion through 2012').map((d) => [d.text, d.bound])).toEqual([['2012', true]]);
    expect(dates('in response to the attacks on 9/11')).toEqual([['on 9/11', 'day', '2001-09-11', '2001-09-11']]);
    expect(dates('War on Drugs to 9/11')).toEqual([]);
  });
});

describe('countries', () => {
  it('by mention, with the chapter as fallback for Mexico and Colombia, and the United States when named', () => {
    expect(eventCountries('In 1994, the Mexican Secretary of Defense visited the Pentagon.', 'II.D')).toEqual(['Mexico', 'United States']);
    expect(eventCountries('In 1997, it was reported that officials arrested a dealer.', 'II.D')).toEqual(['Mexico']);
    expect(eventCountries('In 1997, it was reported that officials arrested a dealer.', 'III.D')).toEqual(['Colombia']);
    expect(eventCountries('In 2000, U.S. officials met.', 'IV')).toEqual(['United States']);
    expect(eventCountries('Latin American states met in 1939.', 'I')).toEqual([]);
    expect(parseCountry('US')).toBe('United States');
    expect(parseCountry('u.s.')).toBe('United States');
    expect(parseCountry('mexico')).toBe('Mexico');
    expect(parseCountry('Peru')).toBeNull();
    expect(countriesInText('what happened with Mexico and Colombia?')).toEqual(['Mexico', 'Colombia']);
  });
});

describe('thesis timeline', () => {
  const events = timelineEvents(thesisCorpus());

  it('finds every dated event of the body, sorted, from passages only', () => {
    expect(events.length).toBeGreaterThanOrEqual(140);
    expect(events.every((e, i) => i === 0 || events[i - 1].start <= e.start)).toBe(true);
    expect(events.every((e) => /^thesis:(?!fn:|bib:|table:)/.test(e.recordId))).toBe(true);
    const ranges = events.filter((e) => e.precision === 'range').map((e) => e.label);
    expect(ranges).toEqual(expect.arrayContaining(['From 1836 to 1917', 'from 1992 to 1995', 'From 2000 to 2009']));
    expect(events.find((e) => e.label === 'March 10, 2016')).toMatchObject({ precision: 'day', section: 'I', footnotes: [1] });
  });

  it('cites each event with its passage and footnote', () => {
    const e = events.find((x) => x.start === '1942-01-01' && x.section === 'II.C')!;
    expect(e.sentence).toMatch(/^In 1942, the United States created the Joint Mexican-United States Defense Commission/);
    expect(e).toMatchObject({ recordId: passageWith(thesisCorpus().chunks, 'In 1942, the United States created the Joint Mexican-United States Defense Commission'), countries: ['Mexico', 'United States'], footnotes: [48] });
    expect(e.pages).toEqual({ start: 21, end: 21 });
  });

  it('filters by period and country', () => {
    const mexico = filterTimeline(events, { from: '1994', to: '1997', country: 'Mexico' });
    expect(mexico.length).toBeGreaterThanOrEqual(7);
    expect(mexico.every((e) => e.countries.includes('Mexico') && e.end >= '1994-01-01' && e.start <= '1997-12-31')).toBe(true);
    expect(mexico.map((e) => e.sentence).join(' ')).toMatch(/Secretary Perry visited Mexico/);
    expect(filterTimeline(events, { from: '1942-01', to: '1942-12-31' }).filter((e) => e.precision === 'year').map((e) => e.recordId)).toEqual([MEXICO_1942(), COLOMBIA_1942()]);
    expect(isDateBound('1997')).toBe(true);
    expect(isDateBound('1997-02-30')).toBe(false);
    expect(isDateBound('97')).toBe(false);
  });
});

describe('date questions for the chat', () => {
  const corpus = thesisCorpus();

  it('recognizes event questions with a date and their country', () => {
    expect(questionPeriod('What happened in 1942?')).toEqual({ start: '1942-01-01', end: '1942-12-31', countries: [] });
    expect(questionPeriod('what happened between 1994 and 1997 with Mexico?')).toEqual({ start: '1994-01-01', end: '1997-12-31', countries: ['Mexico'] });
    expect(questionPeriod('Which events took place in the 1990s in Colombia?')?.countries).toEqual(['Colombia']);
    expect(questionPeriod('How much did Plan Colombia provide in 2000?')).toBeNull();
    expect(questionPeriod('What happened after the war?')).toBeNull();
  });

  it('returns the passages of the events, in date order', () => {
    expect(timelineRecordIds(corpus, 'What happened in 1942?')).toEqual([MEXICO_1942(), COLOMBIA_1942()]);
    const ids = timelineRecordIds(corpus, 'what happened between 1994 and 1997 with Mexico?', 10);
    expect(ids).toEqual(expect.arrayContaining(['thesis:II.D:8', 'thesis:II.D:10']));
    expect(ids.every((id) => id.startsWith('thesis:II.'))).toBe(true);
  });

  it('puts those passages first in the retrieved hits, k in all', () => {
    const byId = new Map(corpus.chunks.map((r) => [r.id, r]));
    const hits = ['thesis:I:1', COLOMBIA_1942(), 'thesis:I:2'].map((id, i) => ({ record: byId.get(id)!, score: 1 - i / 10 }));
    const merged = withTimelineHits({ corpus, byId }, 'What happened in 1942?', hits, 3);
    expect(merged.map((h) => h.record.id)).toEqual([MEXICO_1942(), COLOMBIA_1942(), 'thesis:I:1']);
    expect(withTimelineHits({ corpus, byId }, 'Who was Admiral Tidd?', hits, 3)).toBe(hits);
  });

  it('leaves out hits only about another country when the question names one', () => {
    const byId = new Map(corpus.chunks.map((r) => [r.id, r]));
    const hits = ['thesis:III.D:4', 'thesis:II.D:1'].map((id) => ({ record: byId.get(id)!, score: 1 }));
    const merged = withTimelineHits({ corpus, byId }, 'What happened between 1994 and 1997 with Mexico?', hits, 8).map((h) => h.record.id);
    expect(merged).not.toContain('thesis:III.D:4');
    expect(merged).toContain('thesis:II.D:1');
    expect(merged.slice(0, 3)).toEqual(['thesis:II.D:6', 'thesis:II.D:8', 'thesis:II.D:10']);
  });
});
