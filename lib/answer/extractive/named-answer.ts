import type { Candidate } from './candidates';
import { sentenceCandidates } from './candidates';
import { factLine, furtherFacts, type DocumentFact } from './document-question';
import { footnoteLine } from './footnote-question';
import { namedQuestion } from './named-question';
import type { ExtractiveInput } from './model';
import type { Plan } from './plan';
import { TITLE_PAGE_ID } from '../../corpus/thesis-records';
import { inPart, partReference, type PartReference } from '../../retrieve/part-reference';
import { byAuthor, footnotesCiting } from './cited-author';
import { footnotesCitingEach } from '../../tools/cited-sources';
import { INTRODUCTION } from './part-summary';
import { CHAPTER_ROADMAP } from './organization';
import { asksRecommendedFigure, recommendationRank } from './recommendation';
import { hasFigure } from './type-cues';
import { askedCaseStudy, otherCaseStudy } from './case-study';
import { isQuestion } from './clean-text';
import { AUDIT_FINDINGS } from './audit-question';
import { IBID_CLAIMS, ibidNote } from './ibid-question';
import { sameSentence } from './figure-rivals';
import { mostCitedNote, mostCitedSources } from './most-cited';
import { tableTitleLines } from './table-list';
import { askedPublication, surnames, venueAlreadyNamed } from './publication';
import { corpusIndex, footnoteSource } from '../../cite/corpus-index';
import { cellTables, rowsHolding, type CellAsk } from './table-cells';
import { abstaining, pointedTo } from './pointed-plan';
import { planContinuation, planLocation, planSourceAge, planSourceKind } from './finding-answers';
import { planComparison } from './compare-answer';
import { chapterOf } from '../../corpus/chapter-of';

/** "Who wrote …", "Who is the author of …": a person is asked for. */
const ASKS_AUTHOR = /^\s*who (?:wrote|authored|(?:is|was) the (?:author|writer))\b/i;

/** "What is the research question?": the questions the introduction opens with. */
function planResearchQuestion(input: ExtractiveInput): Plan | null {
  const opening = input.passages.find((p) => inPart(INTRODUCTION, p.record.kind, p.record.section));
  const asked = opening ? sentenceCandidates([opening]).filter((c) => isQuestion(c.text)) : [];
  return asked.length ? pointedTo(asked, input.analysis.type) : null;
}

/** "How is the thesis organized?": each chapter's sentence saying what it does, in chapter order. */
function planOrganization(input: ExtractiveInput): Plan | null {
  const lines = sentenceCandidates(input.passages)
    .filter((c) => CHAPTER_ROADMAP.test(c.text))
    .filter((c, i, all) => all.findIndex((o) => chapterOf(o.section) === chapterOf(c.section)) === i)
    .sort((a, b) => (a.section ?? '').localeCompare(b.section ?? ''));
  return lines.length ? pointedTo(lines, input.analysis.type) : null;
}

/** Sentences of a recommendation answer. */
const RECOMMENDATIONS = 3;

/** "What does the author recommend?": the last chapter's recommending sentences, the ones about the asked country first. */
function planRecommendation(input: ExtractiveInput): Plan | null {
  const question = input.analysis.text;
  const oneCountry = askedCaseStudy(question).length === 1;
  const figure = asksRecommendedFigure(question);
  const lines = sentenceCandidates(input.passages)
    .map((c, i) => ({ c, rank: recommendationRank(question, c.text, c.section), i }))
    .filter((x) => x.rank >= 0 && (!figure || hasFigure(x.c.text)))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    // Asked about neither country in particular: at most two from one passage, so both case studies can show.
    .filter((x, _, all) => oneCountry || all.filter((y) => y.c.passage === x.c.passage && (y.rank > x.rank || (y.rank === x.rank && y.i < x.i))).length < 2)
    .slice(0, RECOMMENDATIONS)
    .map((x) => x.c);
  // The thesis recommends no figure: the recommendations without one do not answer.
  if (figure && !lines.length) return abstaining('how-many');
  return lines.length ? pointedTo(lines, input.analysis.type) : null;
}

/** Sentences of a summary answer: how the part opens. */
const SUMMARY_SENTENCES = 3;

/** "What does the abstract say?": the opening sentences of the part, when the passages hold it. */
function planPartSummary(input: ExtractiveInput, part: PartReference): Plan | null {
  const opening = input.passages.find((p) => inPart(part, p.record.kind, p.record.section));
  if (!opening) return null;
  // Its statements, not the questions it opens with or its roadmap ("This chapter will …").
  const lines = sentenceCandidates([opening])
    .filter((c) => !isQuestion(c.text) && !/^This (?:chapter|section|thesis) will\b/.test(c.text))
    .slice(0, SUMMARY_SENTENCES);
  return lines.length ? pointedTo(lines, input.analysis.type) : null;
}

/** "Who wrote this thesis?": the title-page line stating the fact, when the passages hold it. */
function planDocumentAnswer(input: ExtractiveInput, fact: DocumentFact): Plan | null {
  const title = input.passages.find((p) => p.record.id === TITLE_PAGE_ID);
  if (!title || !input.frontMatter) return null;
  const candidates = sentenceCandidates([title]);
  const line = factLine(candidates, input.frontMatter, fact);
  if (!line) return null;
  // "Who wrote the thesis, and when?": the date's line too, unless it is the same line.
  const further = furtherFacts(input.analysis.text).map((f) => factLine(candidates, input.frontMatter!, f));
  return pointedTo([line, ...further.filter((c, i): c is Candidate => !!c && c !== line && further.indexOf(c) === i)], input.analysis.type);
}

/** "What does footnote 35 say?": the sentence carrying the marker; the answer then relays that footnote and its source. */
function planFootnoteAnswer(input: ExtractiveInput, n: number): Plan | null {
  // "Who wrote the article in footnote 167?": a work by no person (a news service, a report) has no author to name.
  const index = corpusIndex(input.corpus);
  const footnote = index.footnotes.get(n);
  const entry = footnote ? footnoteSource(index, footnote) : null;
  if (ASKS_AUTHOR.test(input.analysis.text) && entry && surnames(entry).length === 0) return abstaining('source');
  // A table's footnote is on its title ("Table 1. Analyzing …¹⁰⁵"), which no row repeats.
  const claims = input.passages.filter((p) => p.record.kind !== 'footnote');
  const line = footnoteLine([...sentenceCandidates(claims), ...tableTitleLines(claims)], n);
  return line ? { ...pointedTo([line], 'source', n), footnoteInFull: true } : null;
}

/** The thesis sentences of the passages (not footnote records), in the part the question names if any: where claims are. */
function claimCandidates(input: ExtractiveInput): Candidate[] {
  const part = partReference(input.analysis.text);
  return sentenceCandidates(input.passages.filter((p) => p.record.kind !== 'footnote' && (!part || inPart(part, p.record.kind, p.record.section))));
}

/** Claims listed for "Which claims cite Turbiville?". */
const CITED_CLAIMS = 4;

/**
 * "Which claims cite Turbiville?": the sentences carrying the markers of the footnotes citing the
 * author (in the part named, if any), in thesis order; the answer relays the first footnote's source.
 */
function planCitedAnswer(input: ExtractiveInput, author: string): Plan | null {
  const candidates = claimCandidates(input);
  const lines: Candidate[] = [];
  let first: number | undefined;
  for (const n of footnotesCiting(input.corpus, author)) {
    const line = footnoteLine(candidates, n);
    if (!line || lines.includes(line)) continue;
    first ??= n;
    lines.push(line);
    if (lines.length >= CITED_CLAIMS) break;
  }
  if (!lines.length || first === undefined) return null;
  const plan = pointedTo(lines, 'source', first);
  // "How many footnotes cite Cook?": the count, on the first claim citing the work (whose evidence states it).
  if (!HOW_MANY.test(input.analysis.text)) return plan;
  const citing = footnotesCitingEach(input.corpus);
  const work = input.corpus.bibliography.find((b) => byAuthor(b, author) && citing.get(b.id)?.includes(first!));
  if (!work) return plan;
  const note = mostCitedNote({ entry: work, notes: citing.get(work.id)! }, input.corpus.footnotes.length, first);
  return { ...plan, notes: [{ text: note, passages: [lines[0].passage] }] };
}

const HOW_MANY = /\bhow (?:many|often)\b/i;

/**
 * "In which periods is liberalism marked Yes for Mexico?": the rows of the first table retrieved
 * that can say (the one named, else the country's) whose cell holds the value, each row as the table gives it.
 */
function planCells(input: ExtractiveInput, ask: CellAsk): Plan | null {
  const tables = cellTables(ask, input.corpus.tables ?? []);
  const rows = sentenceCandidates(input.passages);
  const rowsOf = (n: number) => rows.filter((c) => c.tableTitle?.startsWith(`Table ${n}.`));
  const table = tables.find((t) => rowsOf(t.n).length > 0);
  if (!table) return null;
  const ofTable = rowsOf(table.n);
  const lines = rowsHolding(table, ask).map((label) => ofTable.find((c) => c.text.includes(` — ${label}:`)));
  return lines.length && lines.every((c) => !!c) ? pointedTo(lines as Candidate[], 'table') : null;
}

/**
 * "Who published Coleman's book?": the claim carrying the work's first full citation; the answer
 * relays that footnote in its own words (place, publisher, journal, date), as for a footnote asked by number.
 */
function planPublication(input: ExtractiveInput): Plan | null {
  const asked = askedPublication(input.analysis.text, input.corpus);
  if (asked && venueAlreadyNamed(input.analysis.text, asked.work)) return abstaining('source');
  const n = asked?.note ?? null;
  const line = n === null ? null : footnoteLine([...claimCandidates(input), ...tableTitleLines(input.passages)], n);
  return line && n !== null ? { ...pointedTo([line], 'source', n), footnoteInFull: true } : null;
}

/**
 * "Where are the thesis's citations weak?": the sentences the citation audit flags, each followed
 * by what it found there (a footnote's title differing from the bibliography's, a figure the thesis
 * states with other values elsewhere), one kind of finding after another.
 */
function planAuditAnswer(input: ExtractiveInput): Plan | null {
  const candidates = sentenceCandidates(input.passages.filter((p) => p.record.kind !== 'footnote'));
  const lines: Candidate[] = [];
  const notes: NonNullable<Plan['notes']> = [];
  let shown = 0;
  for (const finding of input.auditFindings ?? []) {
    const found = finding.lines.map((l) => candidates.find((c) => input.passages[c.passage - 1].record.id === l.recordId && sameSentence(c.text, l.sentence)));
    // The note's figures and titles come from all of its sentences: without one of them it would say more than the passages cited.
    if (!found.every((c): c is Candidate => !!c) || found.some((c) => lines.includes(c))) continue;
    lines.push(...found);
    notes[lines.length - 1] = { text: finding.note, passages: found.map((c) => c.passage) };
    if (++shown >= AUDIT_FINDINGS) break;
  }
  return lines.length ? { ...pointedTo(lines, 'source'), notes } : null;
}

/**
 * "Which footnotes use Ibid.?": the sentences carrying Ibid. footnotes (in the part named, if any),
 * in thesis order, each followed by the footnote and the source it stands for.
 */
function planIbidAnswer(input: ExtractiveInput): Plan | null {
  const candidates = claimCandidates(input);
  const lines: Candidate[] = [];
  const notes: NonNullable<Plan['notes']> = [];
  for (const f of input.corpus.footnotes) {
    if (f.form !== 'ibid') continue;
    const line = footnoteLine(candidates, f.n);
    const note = line && !lines.includes(line) ? ibidNote(f.n, input.corpus) : null;
    if (!line || !note) continue;
    lines.push(line);
    notes[lines.length - 1] = { text: note, passages: [line.passage] };
    if (lines.length >= IBID_CLAIMS) break;
  }
  // Each claim's note names its source; a relayed footnote on the first would say it twice.
  return lines.length ? { ...pointedTo(lines, 'what'), notes } : null;
}

/**
 * "Which sources does the thesis cite most?": for each of the most cited entries, the first claim
 * citing it, followed by the entry and how many footnotes cite it.
 */
function planMostCited(input: ExtractiveInput, least = false): Plan | null {
  const candidates = claimCandidates(input);
  const lines: Candidate[] = [];
  const notes: NonNullable<Plan['notes']> = [];
  for (const source of mostCitedSources(input.corpus, undefined, least)) {
    const first = source.notes.map((n) => ({ n, line: footnoteLine(candidates, n) })).find((x) => x.line && !lines.includes(x.line));
    if (!first?.line) continue;
    lines.push(first.line);
    notes[lines.length - 1] = { text: mostCitedNote(source, input.corpus.footnotes.length, first.n), passages: [first.line.passage] };
  }
  return lines.length ? { ...pointedTo(lines, 'what'), notes } : null;
}

/**
 * Questions that point at their answer outright — a footnote, the title page, the research
 * question, the chapters, the recommendations, a part's opening — answered from it, without
 * scoring; null for any other, or when the passages do not hold what it points at.
 */
export function planNamedAnswer(input: ExtractiveInput): Plan | null {
  if (input.continueAfter !== undefined && input.passages.length) return planContinuation(input, input.continueAfter);
  const named = namedQuestion(input.analysis.text);
  switch (named?.kind) {
    case 'footnote':
      return planFootnoteAnswer(input, named.n);
    case 'document':
      return planDocumentAnswer(input, named.fact);
    case 'research':
      return planResearchQuestion(input);
    case 'organization':
      return planOrganization(input);
    case 'location':
      return planLocation(input, named.topic);
    case 'comparison':
      return planComparison(input, named.sides);
    case 'tables': {
      // "What tables does the thesis include?": each table's title, citing the table; "Which tables are about Colombia?": that country's.
      const lines = tableTitleLines(input.passages).filter((c) => !otherCaseStudy(input.analysis.text, c.terms));
      return lines.length ? pointedTo(lines, 'table') : null;
    }
    case 'recommendation':
      return planRecommendation(input);
    case 'summary':
      return planPartSummary(input, named.part);
    case 'cited':
      // No claim (in the part named) cites the author: the thesis does not, whatever else retrieval found.
      return planCitedAnswer(input, named.author) ?? abstaining('source');
    case 'publication':
      return planPublication(input);
    case 'cells':
      return planCells(input, named.ask);
    case 'audit':
      return planAuditAnswer(input);
    case 'ibid':
      return planIbidAnswer(input);
    case 'most-cited':
      return planMostCited(input, named.least);
    case 'source-kind':
      return planSourceKind(input, named.sourceKind);
    case 'source-age':
      return planSourceAge(input, named.end);
    default:
      return null;
  }
}
