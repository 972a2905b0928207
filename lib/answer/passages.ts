import type { NumberedPassage } from '../cite/types';
import type { Store } from '../index/load-store';
import type { CorpusRecord } from '../types';
import type { QueryAnalysis } from '../retrieve/analyze-query';
import { searchRecords, type SearchHit } from '../retrieve/search';
import { tableRecordId, TITLE_PAGE_ID } from '../corpus/thesis-records';
import { namedQuestion } from './extractive/named-question';
import { periodRows } from './extractive/period-rows';
import { chapterRoadmaps } from './extractive/organization';
import { recommendationRecords } from './extractive/recommendation';
import { INTRODUCTION, openingRecord } from './extractive/part-summary';
import { withTimelineHits } from '../tools/timeline/chat';
import { citingRecords } from './extractive/cited-author';
import { AUDIT_FINDINGS, auditFindings, findingsAbout } from './extractive/audit-question';
import { ibidNotes } from './extractive/ibid-question';
import { firstCitingRecord, mostCitedSources } from './extractive/most-cited';
import { tableRecords } from './extractive/table-list';
import { footnotePassage } from '../retrieve/named-footnote';
import { askedPublication } from './extractive/publication';
import { cellTables } from './extractive/table-cells';
import { definingRecords } from './extractive/definition';
import { SIDE_PASSAGES, sideQuestion } from './extractive/comparison';
import { analyzeQuery } from '../retrieve/analyze-query';
import type { LeftOff } from './extractive/what-next';
import { bibliographyKinds, entriesByAge } from '../tools/source-kinds';
import { asksChapter, locationChapter, numberedPart, topicChapters } from './extractive/location-question';
import { chapterOf } from '../corpus/chapter-of';
import { figureRivals } from './extractive/figure-rivals';
import { withRivalRecords } from './rival-passages';
import { withFollowingRecord } from './following-record';

/** Passages shown to the model. */
export const PASSAGE_COUNT = 8;

/** Passages found for a whole comparison question, before each side's. */
const JOINT_PASSAGES = 2;

export interface Retrieved {
  analysis: QueryAnalysis;
  passages: NumberedPassage[];
}

/** Retrieves the passages for a question (with earlier turns as context for follow-ups), numbered 1..k. */
export async function retrievePassages(store: Store, question: string, context?: string, k = PASSAGE_COUNT): Promise<Retrieved> {
  // "Which section discusses the Korean War?": the topic is looked up, not the words asking where it is.
  const named = namedQuestion(question);
  if (named?.kind === 'comparison') return comparisonPassages(store, question, named.sides, context, k);
  const lookup = named?.kind === 'location' ? named.topic : question;
  // "Which section of Chapter III discusses …": that chapter's records only.
  const section = named?.kind === 'location' ? (locationChapter(question) ?? undefined) : undefined;
  const { analysis: found, hits } = await searchRecords(store, lookup, { k, context, section });
  const analysis = lookup === question ? found : { ...found, text: question };
  const dated = withTimelineHits(store, question, hits, k); // date questions: the period's events first
  // "What is realism?": the passages saying what the school holds ("Proponents of realism argue …") are read too.
  const first = [...namedRecords(store, question), ...definingRecords(store.records, question)];
  const ranked = withPeriodRows(withFirst(dated, first, k), periodRows(question, store.records), k);
  // "How much did the U.S. put into the Mérida Initiative?": the passages giving its other totals too.
  const ordered = withFollowingRecord(withRivalRecords(ranked, analysis, figureRivals(store.corpus), store.byId, k), analysis, store.byId, k);
  return { analysis, passages: ordered.map((h, i) => ({ n: i + 1, record: h.record, score: h.score })) };
}

/**
 * The records a question names outright, whatever retrieval made of it (their words are framing
 * everywhere else): the passage carrying the footnote for "What does footnote 35 say?", the title
 * page for "Who wrote this thesis?", the introduction's opening for "What is the research
 * question?", each chapter's roadmap, the last chapter's recommendations, a part's opening, the
 * passages whose footnotes cite the author asked about, the passages the citation audit flags.
 */
function namedRecords(store: Store, question: string): (CorpusRecord | undefined)[] {
  const named = namedQuestion(question);
  switch (named?.kind) {
    case 'footnote':
      return [footnotePassage(store.records, named.n)];
    case 'document':
      return [store.byId.get(TITLE_PAGE_ID)];
    case 'research':
      return [openingRecord(INTRODUCTION, store.records)];
    case 'organization':
      return chapterRoadmaps(store.records);
    case 'tables':
      return tableRecords(store.records);
    case 'recommendation':
      return recommendationRecords(question, store.records);
    case 'summary':
      return [openingRecord(named.part, store.records)];
    case 'cited':
      return citingRecords(question, named.author, store.corpus, store.records);
    case 'ibid':
      return ibidNotes(question, store.corpus, store.records).map((x) => x.record);
    case 'most-cited':
      return mostCitedSources(store.corpus, undefined, named.least).map((s) => firstCitingRecord(s, store.records));
    case 'location': {
      // "Where is Table 4?", "Where is footnote 35?": the table, or the passage carrying the footnote's marker.
      const part = numberedPart(named.topic);
      if (part) return [part.kind === 'table' ? store.byId.get(tableRecordId(part.n)) : footnotePassage(store.records, part.n)];
      // "Which chapter covers Mexico?": the passages in which those chapters say what they do.
      const chapters = asksChapter(question) ? topicChapters(store.records, named.topic) : [];
      const roadmaps = chapterRoadmaps(store.records);
      return chapters.map((c) => roadmaps.find((r) => chapterOf(r.section) === c));
    }
    case 'source-age':
      return entriesByAge(store.corpus.bibliography, named.end).map((id) => store.byId.get(id));
    case 'source-kind': {
      const kinds = bibliographyKinds(store.corpus.bibliography);
      return store.corpus.bibliography.filter((b) => kinds.get(b.id) === named.sourceKind).slice(0, PASSAGE_COUNT).map((b) => store.byId.get(b.id));
    }
    case 'cells':
      // The tables that can say which rows hold the value.
      return cellTables(named.ask, store.corpus.tables).map((t) => store.byId.get(tableRecordId(t.n)));
    case 'publication': {
      // The claim carrying the work's full citation, and its bibliography entry.
      const asked = askedPublication(question, store.corpus);
      return asked && asked.note !== null ? [footnotePassage(store.records, asked.note), store.byId.get(asked.work.id)] : [];
    }
    case 'audit':
      return [...new Set(findingsAbout(question, auditFindings(store.corpus)).slice(0, AUDIT_FINDINGS).flatMap((f) => f.lines.map((l) => l.recordId)))].map((id) => store.byId.get(id));
    default:
      return [];
  }
}

/**
 * "What is the difference between realism and liberalism?": the passages for each side ("What is
 * realism?"), taken in turn, after the two found for the whole question (where the thesis may set them side by side).
 */
async function comparisonPassages(store: Store, question: string, sides: [string, string], context: string | undefined, k: number): Promise<Retrieved> {
  const [a, b] = await Promise.all(sides.map((side) => retrievePassages(store, sideQuestion(side), context, SIDE_PASSAGES)));
  const { hits } = await searchRecords(store, question, { k: JOINT_PASSAGES, context });
  const records: CorpusRecord[] = hits.map((h) => h.record);
  for (let i = 0; i < SIDE_PASSAGES; i++) for (const r of [a.passages[i]?.record, b.passages[i]?.record]) if (r && !records.includes(r)) records.push(r);
  return { analysis: { ...a.analysis, text: question }, passages: records.slice(0, k).map((record, i) => ({ n: i + 1, record, score: 1 })) };
}

/** "What happened next?": the passage where the previous answer left off, and the one after it (none without a previous answer). */
export function continuationPassages(store: Store, question: string, left: LeftOff | null): Retrieved {
  const records = left ? [left.record, ...(left.next ? [left.next] : [])] : [];
  return { analysis: analyzeQuery(question, store.corpus.acronyms ?? []), passages: records.map((record, i) => ({ n: i + 1, record, score: 1 })) };
}

function withFirst(hits: SearchHit[], records: (CorpusRecord | undefined)[], k: number): SearchHit[] {
  const first = records.filter((r): r is CorpusRecord => !!r);
  if (!first.length) return hits;
  const score = hits[0]?.score ?? 1;
  return [...first.map((record) => ({ record, score })), ...hits.filter((h) => !first.some((r) => r.id === h.record.id))].slice(0, k);
}

/** The tables' rows for the period asked about, in place of the last passages, unless their table is there already. */
function withPeriodRows(hits: SearchHit[], rows: CorpusRecord[], k: number): SearchHit[] {
  const have = (row: CorpusRecord) => hits.some((h) => h.record.id === row.id || row.id.startsWith(`${h.record.id}:row:`));
  const missing = rows.filter((r) => !have(r));
  if (!missing.length) return hits;
  const score = hits.at(-1)?.score ?? 0;
  return [...hits.slice(0, Math.max(0, k - missing.length)), ...missing.map((record) => ({ record, score }))];
}
