import type { CorpusRecord, RecordKind } from '../types';
import type { QueryAnalysis, QuestionType } from './analyze-query';
import { foldText } from './tokenize';
import { tableRecordId } from '../corpus/thesis-records';
import { inPart, partOf } from './part-reference';

export interface BoostWeights {
  year: number;
  /** For a year inside a decade or range the question names. */
  period: number;
  number: number;
  phrase: number;
  name: number;
  kindPrior: number;
  /** Factor for tables and bibliography entries when the question does not ask for them. */
  structuralFactor: number;
  /** Factor for records outside the part of the thesis the question names ("according to the abstract"). */
  outsidePart: number;
  /** For a table the question names by number ("Comparing Tables 5 and 6"): its record and rows. */
  namedTable: number;
}

export const DEFAULT_BOOSTS: BoostWeights = { year: 0.35, period: 0.2, number: 0.3, phrase: 0.25, name: 0.1, kindPrior: 0.3, structuralFactor: 0.85, outsidePart: 0.5, namedTable: 1 };

const KIND_PRIORS: Partial<Record<QuestionType, RecordKind[]>> = {
  source: ['footnote', 'bibliography'],
  table: ['table', 'table-row'],
};

const STRUCTURAL = new Set<RecordKind>(['table', 'table-row', 'bibliography']);

/** Folded search text per record, computed once per store. */
export function foldRecords(records: CorpusRecord[]): string[] {
  return records.map((r) => ` ${foldText(r.searchText).replace(/[^a-z0-9.$]+/g, ' ')} `);
}

/** Tables a question names by number: "Table 4", "Tables 5 and 6", "tables 1, 2 and 5" → 4; 5, 6; 1, 2, 5. */
export function namedTables(question: string): number[] {
  const out: number[] = [];
  for (const m of question.matchAll(/\btables?\s+(\d{1,2}(?:\s*(?:,|and|&|or)\s*\d{1,2})*)\b/gi)) out.push(...(m[1].match(/\d+/g) ?? []).map(Number));
  return [...new Set(out)];
}

function mentionsYearIn(hay: string, periods: [number, number][]): boolean {
  for (const m of hay.matchAll(/ (1[6-9]\d\d|20\d\d)s?[ .]/g)) {
    const y = Number(m[1]);
    if (periods.some(([a, b]) => y >= a && y <= b)) return true;
  }
  return false;
}

function containsToken(hay: string, token: string): boolean {
  return hay.includes(` ${token} `) || hay.includes(` ${token}.`) || hay.includes(` $${token} `);
}

/**
 * Multiplicative boosts for exact evidence the dense model cannot see: years and figures
 * (GloVe has no useful number vectors), quoted phrases and multi-word names, and a prior for
 * the record kinds a question type asks for, and for the part of the thesis the question names.
 */
export function matchBoosts(
  analysis: QueryAnalysis,
  records: CorpusRecord[],
  folded: string[],
  w: BoostWeights = DEFAULT_BOOSTS,
): Float64Array {
  const out = new Float64Array(records.length).fill(1);
  const phrases = analysis.phrases.map((p) => ` ${p.replace(/[^a-z0-9.$]+/g, ' ').trim()} `);
  const names = analysis.names.map((n) => n.replace(/[^a-z0-9]+/g, ' ').trim());
  const priorKinds = KIND_PRIORS[analysis.type] ?? [];
  const part = partOf(analysis);
  const tables = namedTables(analysis.text).map(tableRecordId);
  for (let i = 0; i < records.length; i++) {
    const hay = folded[i];
    let boost = 1;
    for (const y of analysis.years) if (containsToken(hay, y) || hay.includes(` ${y}s `)) boost += w.year;
    if (analysis.periods.length > 0 && mentionsYearIn(hay, analysis.periods)) boost += w.period;
    for (const n of analysis.numbers) if (containsToken(hay, n)) boost += w.number;
    for (const p of phrases) if (hay.includes(p)) boost += w.phrase;
    for (const n of names) if (containsToken(hay, n)) boost += w.name;
    const kind = records[i].kind;
    if (priorKinds.includes(kind)) boost += w.kindPrior;
    else if (STRUCTURAL.has(kind)) boost *= w.structuralFactor;
    if (part && !inPart(part, kind, records[i].section)) boost *= w.outsidePart;
    const id = records[i].id;
    if (tables.some((t) => id === t || id.startsWith(`${t}:row:`))) boost += w.namedTable;
    out[i] = boost;
  }
  return out;
}
