import { splitSentences } from '@/lib/corpus/sentences';
import { stripMarkers } from '@/lib/corpus/superscript';
import type { Corpus, CorpusRecord, PageRange } from '@/lib/types';
import { acronymKeys, findEntities, type Entity } from './entities';
import { findQuantities, type Quantity } from './quantities';

/** A figure stated about a named entity, in one sentence of the thesis. */
export interface FigureMention extends Omit<Quantity, 'start' | 'end'> {
  entity: string;
  entityKey: string;
  /** True when the entity is named in the previous sentence and referred back to ("the agreement", "the funds"). */
  inherited: boolean;
  sentence: string;
  recordId: string;
  section: string | null;
  pages: PageRange | null;
}

/** A sentence that refers back to a program or its money without naming it ("Since the agreement signing, …"). */
const ANAPHORA = /\b(?:the|this|that|these|its|such)\s+(?:[a-z]+\s+)?(?:agreement|initiative|plan|program|programme|funds?|funding|aid|package|money|appropriations?|treaty|law|act|deal|commission)\b/i;

/** The entity a figure is about: the closest one, those after it counting three times their distance (subjects come first). */
function nearest(q: Quantity, entities: Entity[]): Entity | undefined {
  const dist = (e: Entity) => (e.end <= q.start ? q.start - e.end : e.start >= q.end ? 3 * (e.start - q.end) + 0.5 : 0);
  return [...entities].sort((a, b) => dist(a) - dist(b))[0];
}

/** Years and counts are tied to named things (initiatives, plans, operations); money and percentages to any name. */
const needsArtifact = (q: Quantity) => q.kind === 'year' || q.kind === 'count';

/**
 * (entity, figure) pairs of one record: each money, count, percentage and event year is tied to the nearest named entity
 * of its sentence (event years and counts only to named things such as initiatives, plans and operations); a reference
 * back ("The appropriated funds totaled …", "Since the agreement signing, …") stands for the previous sentence's last name.
 */
export function recordFigures(r: CorpusRecord, acronyms: ReadonlyMap<string, string> = new Map()): FigureMention[] {
  const out: FigureMention[] = [];
  let previous: Entity[] = [];
  for (const span of splitSentences(r.text)) {
    const sentence = stripMarkers(span.text).replace(/\s+/g, ' ').trim();
    const own = findEntities(sentence, acronyms);
    // "the agreement", "the appropriated funds": the previous sentence's last name, standing where the reference stands
    const ref = ANAPHORA.exec(sentence);
    const antecedent = ref ? previous.at(-1) : undefined;
    const refEntity = antecedent && ref ? [{ ...antecedent, start: ref.index, end: ref.index + ref[0].length }] : [];
    for (const q of findQuantities(sentence)) {
      const entity = nearest(q, [...own, ...refEntity].filter((e) => !needsArtifact(q) || e.artifact));
      if (!entity) continue;
      const { start: _s, end: _e, ...quantity } = q;
      out.push({ ...quantity, entity: entity.name, entityKey: entity.key, inherited: !own.includes(entity), sentence, recordId: r.id, section: r.section, pages: r.pages });
    }
    previous = own.length ? own : refEntity;
  }
  return out;
}

/** Every figure mention of the thesis prose (body passages and abstract; not footnotes, tables or the bibliography). */
export function thesisFigures(corpus: Pick<Corpus, 'chunks' | 'acronyms'>): FigureMention[] {
  const acronyms = acronymKeys(corpus.acronyms ?? []);
  return corpus.chunks
    .filter((r) => r.doc === 'thesis' && (r.kind === 'abstract' || (r.kind === 'passage' && r.section !== null)))
    .flatMap((r) => recordFigures(r, acronyms));
}
