import type { CorpusRecord } from '../../types';
import type { NumberedPassage } from '../../cite/types';
import { sentenceCandidates, type Candidate } from './candidates';
import { answerText } from './clean-text';

/** "What tables does the thesis include?", "How many tables are in the thesis?", "List of tables". */
const TABLE_LIST =
  /\blist of tables\b|\bhow many tables\b|\b(?:which|what) tables (?:does|do|did|are|is|has|have)\b|\bwhat (?:are|do) (?:the|its|the thesis['’]s?) (?:\w+ )?tables\b|\btables (?:in|of) (?:the|this) thesis\b/i;

export function asksTableList(question: string): boolean {
  return TABLE_LIST.test(question);
}

/** The thesis's tables, whole, in their order. */
export function tableRecords(records: CorpusRecord[]): CorpusRecord[] {
  const number = (r: CorpusRecord) => Number(/:table:(\d+)$/.exec(r.id)?.[1] ?? 0);
  return records.filter((r) => r.kind === 'table' && number(r) > 0).sort((a, b) => number(a) - number(b));
}

/** Each table's title line ("Table 1. Analyzing how each Hypothesis Applies …"), as a line of the answer citing that table. */
export function tableTitleLines(passages: NumberedPassage[]): Candidate[] {
  return passages
    .filter((p) => p.record.kind === 'table')
    .flatMap((p) => {
      const first = sentenceCandidates([p])[0];
      const raw = p.record.text.split('\n')[0];
      return first ? [{ ...first, index: -1, raw, text: answerText(raw) }] : [];
    });
}
