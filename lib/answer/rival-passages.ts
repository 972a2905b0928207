import type { QueryAnalysis } from '../retrieve/analyze-query';
import type { SearchHit } from '../retrieve/search';
import type { CorpusRecord } from '../types';
import type { FigureRivals } from './extractive/figure-rivals';
import { foldName } from '../tools/figures/entities';

/** How many of the first passages have their figures' rivals brought in. */
const LEADING = 2;
/** At most this many passages are given up for rivals. */
const MAX_RIVALS = 2;

/** The figure kinds a question type asks for: a how-many question is not answered by a year. */
function kindsAsked(type: QueryAnalysis['type']): Set<string> | null {
  if (type === 'how-many') return new Set(['money', 'count', 'percent']);
  if (type === 'when') return new Set(['year']);
  return null;
}

/**
 * The records stating another value of a figure the leading passages state, of the kind the question
 * asks for ("$2.6 billion" for the Mérida Initiative in Chapter II, "almost $2.8 billion" in the
 * introduction): the answer shows where the thesis disagrees with itself only if it has both.
 */
export function rivalRecordIds(rivals: FigureRivals, leading: string[], type: QueryAnalysis['type'], question: string): string[] {
  const kinds = kindsAsked(type);
  if (!kinds) return [];
  const asked = foldName(question);
  const out: string[] = [];
  // A conflict is listed under each sentence stating it: each is read once.
  for (const c of new Set([...rivals.values()].flat())) {
    // Only the figure asked about: the Mérida Initiative's other totals, not Plan Colombia's beside it.
    if (!kinds.has(c.kind) || !c.mentions.some((m) => leading.includes(m.recordId)) || !asked.includes(foldName(c.entity))) continue;
    for (const m of c.mentions) if (!leading.includes(m.recordId) && !out.includes(m.recordId)) out.push(m.recordId);
  }
  return out;
}

/** The rival records the hits lack, after the hits, in place of the last ones when there are k already. */
export function withRivalRecords(hits: SearchHit[], analysis: Pick<QueryAnalysis, 'type' | 'text'>, rivals: FigureRivals, byId: Map<string, CorpusRecord>, k: number): SearchHit[] {
  const leading = hits.slice(0, LEADING).map((h) => h.record.id);
  const missing = rivalRecordIds(rivals, leading, analysis.type, analysis.text)
    .filter((id) => !hits.some((h) => h.record.id === id))
    .flatMap((id) => byId.get(id) ?? [])
    .slice(0, MAX_RIVALS);
  if (!missing.length) return hits;
  const score = hits.at(-1)?.score ?? 0;
  const keep = Math.min(hits.length, Math.max(0, k - missing.length));
  return [...hits.slice(0, keep), ...missing.map((record) => ({ record, score }))];
}
