import type { CorpusRecord } from '../../types';
import { askedCaseStudy } from './case-study';

/**
 * The thesis rates each case study in four periods, in its tables (cooperation None/Low/Med/High,
 * and which theory explains it) and again in its prose, and the two do not always agree ("did not
 * happen" before World War II, "Cooperation: Med" in Table 4). A question about one period of one
 * country gets the tables' rows for it beside the prose, so an answer shows both.
 */
const PERIODS: [label: string, question: RegExp][] = [
  ['Prior to WWII', /\b(?:before|prior to|until|up to)\s+(?:the\s+)?(?:world war ii|wwii|world war 2|second world war)\b/],
  ['WWII to War on Drugs', /\b(?:world war ii|wwii)\s+(?:to|and|until|through)\s+(?:the\s+)?war on drugs\b|\b(?:during|in)\s+(?:the\s+)?(?:world war ii|wwii|world war 2|second world war)\b/],
  ['War on Drugs to 9/11', /\bwar on drugs\s+(?:to|and|until|through)\s+(?:9\/11|september 11)|\b(?:during|in)\s+the\s+(?:1970s|1980s|1990s)\b/],
  ['9/11 to', /\b(?:since|after|post-?)\s*(?:9\/11|september 11)|\b9\/11 to (?:the )?present\b/],
];

/** The period a question asks about, as the tables label it, or null. */
export function askedPeriod(question: string): string | null {
  const q = question.toLowerCase().replace(/\bworld war two\b/g, 'world war ii');
  return PERIODS.find(([, re]) => re.test(q))?.[0] ?? null;
}

/** What the rows rate: a question about cooperation or the theories that explain it. */
const RATED = /\b(cooperat\w*|relations?|realism|realist|liberal\w*|constructivis\w*|theor\w+|hypothes\w+|explain\w*)\b/i;

/** A question about one period of one case study: the period's label and a test for the country's tables. */
export interface PeriodAsk {
  period: string;
  country: RegExp;
}

export function periodAsk(question: string): PeriodAsk | null {
  const period = askedPeriod(question);
  const countries = askedCaseStudy(question);
  if (!period || countries.length !== 1 || !RATED.test(question)) return null;
  return { period, country: countries === 'm' ? /Mexic/ : /Colombia/ };
}

/** Whether a table row (its table's title, and the row from its period label on) rates the asked period and country. */
export function ratesPeriod(ask: PeriodAsk, title: string, row: string): boolean {
  // The cooperation and analysis tables; the hypothesis tables repeat the analysis.
  return /^Table \d+\. (?:Reasons for|Analysis of)\b/.test(title) && ask.country.test(title) && row.startsWith(ask.period);
}

/** The table rows rating the period of the one country a question asks about, or none. */
export function periodRows(question: string, records: CorpusRecord[]): CorpusRecord[] {
  const ask = periodAsk(question);
  if (!ask) return [];
  return records.filter((r) => {
    if (r.kind !== 'table-row') return false;
    const [title, row = ''] = r.text.split(' — ');
    return ratesPeriod(ask, title, row);
  });
}
