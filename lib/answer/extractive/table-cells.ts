import type { Table } from '../../types';
import { askedCaseStudy } from './case-study';
import { namedTables } from '../../retrieve/match-boosts';

// "For Mexico, in which periods is the liberal hypothesis marked Yes in Table 1?": the rows of one
// table whose cell in one column holds one value. Read from the table itself, so every such row is
// listed and none that is not.

/** The column a question names, by the words for it. */
const COLUMNS: [RegExp, string][] = [
  [/\brealis[mt]s?\b/i, 'Realism'],
  [/\bliberal(?:ism|s)?\b/i, 'Liberalism'],
  [/\bconstructivis[mt]s?\b/i, 'Constructivism'],
  [/\bcooperation\b/i, 'Cooperation'],
];

/** The values the tables' cells hold, by the words for them ("No" only when said to be the mark: "no" is a word too). */
const VALUES: [RegExp, string][] = [
  [/\byes\b/i, 'Yes'],
  [/\b(?:marked|rated|labell?ed|scored|given|as|is|are)\s+["“']?no\b|["“']no["”']/i, 'No'],
  [/\bhigh\b/i, 'High'],
  [/\bmed(?:ium)?\b/i, 'Med'],
  [/\blow\b/i, 'Low'],
  [/\bnone\b/i, 'None'],
];

/** The question asks for rows: periods, eras, or when. */
const ASKS_ROWS = /\b(?:which|what) (?:time )?(?:periods?|eras?|rows?)\b|^\s*when\b/i;

export interface CellAsk {
  column: string;
  value: string;
  /** "Which period is NOT rated High …": the rows whose cell holds another value. */
  negated?: boolean;
  /** "Excluding the pre-WWII era, …": the row labels the question sets aside. */
  excluded?: string[];
  /** The table the question names, if any. */
  table: number | null;
  /** The case study asked about ("m" or "c"), if one. */
  country: string;
}

/** What a question asks the tables' rows for, or null when it does not ask which rows hold a value. */
export function askedCells(question: string): CellAsk | null {
  if (!ASKS_ROWS.test(question)) return null;
  const value = VALUES.find(([re]) => re.test(question))?.[1];
  if (!value) return null;
  // A rating (High, Med, Low, None) is cooperation's; Yes or No is a theory's.
  const named = COLUMNS.filter(([re]) => re.test(question)).map(([, c]) => c);
  const rating = value !== 'Yes' && value !== 'No';
  const column = rating ? named.find((c) => c === 'Cooperation') : named.find((c) => c !== 'Cooperation');
  if (!column) return null;
  const country = askedCaseStudy(question);
  const tables = namedTables(question);
  const negated = NEGATED.test(question);
  const excluded = excludedPeriods(question);
  return {
    column,
    value,
    table: tables.length === 1 ? tables[0] : null,
    country: country.length === 1 ? country : '',
    ...(negated ? { negated } : {}),
    ...(excluded.length ? { excluded } : {}),
  };
}

/** "… is NOT rated High", "… doesn't get a Yes": the value is the one the rows must not hold. */
const NEGATED = /(?:\bnot|n['’]t|\bnever)\s+(?:[\w-]+\s+){0,2}?(?:(?:get|gets|got|given|rated|marked|receive|receives|received|have|has|had|scored|be)\s+)?(?:(?:a|an|as)\s+)?["“'‘]?(?:high|med(?:ium)?|low|none|yes|no)\b/i;

/** "Excluding the pre-WWII era, …": what the question sets aside. */
const EXCLUDED = /\b(?:excluding|except(?:\s+for)?|other than|besides|apart from|aside from|leaving out|not counting)\s+(?:the\s+)?([^,?;]+)/i;

/** The tables' row labels as questions name them ("pre-WWII", "before World War II" → "Prior to WWII"). */
const PERIOD_NAMES: [RegExp, RegExp][] = [
  [/\b(?:pre|prior|before)\b[\s-]*(?:to\s+)?(?:wwii|world war (?:ii|two|2))/i, /^Prior to WWII$/i],
  [/\b(?:wwii|world war (?:ii|two|2)) to (?:the )?war on drugs\b/i, /^WWII to War on Drugs$/i],
  [/\bwar on drugs to (?:9\/11|september 11)/i, /^War on Drugs to 9\/11$/i],
  [/\b(?:post[\s-]*9\/11|9\/11 to (?:the )?present|since 9\/11|after 9\/11)/i, /^9\/11 to (?:the )?Present$/i],
];

function excludedPeriods(question: string): string[] {
  const text = EXCLUDED.exec(question)?.[1] ?? '';
  return PERIOD_NAMES.filter(([named]) => named.test(text)).map(([, label]) => label.source);
}

/** The tables that can answer: the one named, else those of the country asked about that have the column. */
export function cellTables(ask: CellAsk, tables: readonly Table[]): Table[] {
  const country = ask.country === 'm' ? /Mexic/ : ask.country === 'c' ? /Colombia/ : null;
  return tables.filter((t) => (ask.table === null ? !country || country.test(t.title) : t.n === ask.table) && t.columns.includes(ask.column));
}

/** The labels of the table's rows whose cell in the column holds the value (not its "Total:" row). */
export function rowsHolding(table: Table, ask: CellAsk): string[] {
  const col = table.columns.indexOf(ask.column);
  if (col < 0) return [];
  const set = (ask.excluded ?? []).map((label) => new RegExp(label, 'i'));
  return table.rows
    .filter((r) => !/^total/i.test(r[0]) && !set.some((label) => label.test(r[0].trim())))
    .filter((r) => (r[col]?.trim().toLowerCase() === ask.value.toLowerCase()) !== !!ask.negated)
    .map((r) => r[0]);
}
