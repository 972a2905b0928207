import { bibliographyKinds, entriesByAge, kindCount, kindCountLine, spanLine, type SourceKind } from '../../tools/source-kinds';
import { sentenceCandidates, wholeRecordLine } from './candidates';
import { chapterPlaces, numberedPart, topicPlaces, type TopicPlace } from './location-question';
import { tableRecordId } from '../../corpus/thesis-records';
import { tableTitleLines } from './table-list';
import { footnoteLine } from './footnote-question';
import { locationLine } from '../../cite/label';
import type { ExtractiveInput } from './model';
import type { Plan } from './plan';
import { abstaining, pointedTo } from './pointed-plan';
import { NEXT_SENTENCES } from './what-next';

/*
 * Answers that help a reader find their way in the thesis rather than state one of its claims:
 * where it discusses a topic, how its account goes on, which works of a kind it cites.
 */

/**
 * "Which section discusses the Korean War?": the first sentence naming the topic in each of the
 * passages retrieved for it (up to three sections, in the thesis's order), each followed by where it is.
 * The thesis naming the topic nowhere among them: it does not discuss it.
 */
export function planLocation(input: ExtractiveInput, topic: string): Plan {
  // "Which chapter covers Mexico?": the chapters discussing it most, each by its opening sentence.
  const places = input.chapters ? chapterPlaces(input.passages, input.chapters) : (numberedPlace(input, topic) ?? topicPlaces(input.passages, topic));
  if (!places.length) return abstaining('where');
  return { ...pointedTo(places.map((x) => x.line), 'where'), notes: places.map((x) => ({ text: x.note, passages: [x.line.passage] })) };
}

/**
 * "What happened next?": the sentences after the previous answer's last one, read on into the
 * next passage of the chapter; where the chapter's account ends there, the thesis says no more.
 */
export function planContinuation(input: ExtractiveInput, after: number): Plan {
  const [left, next] = input.passages;
  const lines = [...sentenceCandidates([left]).filter((c) => c.index > after), ...(next ? sentenceCandidates([next]) : [])].slice(0, NEXT_SENTENCES);
  return lines.length ? pointedTo(lines, 'what') : abstaining('what');
}

/** Entries listed for "Which newspaper articles does the thesis cite?". */
const KIND_ENTRIES = 6;

/**
 * "Which newspaper articles does the thesis cite?": the bibliography's entries of that kind, in its
 * order, the first followed by how many there are in all.
 */
export function planSourceKind(input: ExtractiveInput, kind: SourceKind): Plan {
  const kinds = bibliographyKinds(input.corpus.bibliography);
  const count = kindCount(input.corpus.bibliography, kind);
  const lines = input.passages
    .filter((p) => p.record.kind === 'bibliography' && kinds.get(p.record.id) === kind)
    .slice(0, KIND_ENTRIES)
    .map((p) => wholeRecordLine(p));
  if (!lines.length) return abstaining('source');
  return { ...pointedTo(lines, 'source'), notes: [{ text: kindCountLine(kind, count), passages: [lines[0].passage] }] };
}

/** "Where is Table 4?": the table's title line; "Where is footnote 35?": the sentence carrying its marker; each with where it is. */
function numberedPlace(input: ExtractiveInput, topic: string): TopicPlace[] | null {
  const part = numberedPart(topic);
  if (!part) return null;
  const p = part.kind === 'table' ? input.passages.find((x) => x.record.id === tableRecordId(part.n)) : input.passages.find((x) => x.record.footnotes.includes(part.n));
  const line = p && (part.kind === 'table' ? tableTitleLines([p])[0] : footnoteLine(sentenceCandidates([p]), part.n));
  return p && line ? [{ line, note: `That is in ${locationLine(p.record)}.` }] : [];
}

/**
 * "What is the oldest source the thesis cites?": the bibliography's entries of the earliest (or
 * latest) year, each as a note cites it, the first followed by the span of years its entries cover.
 */
export function planSourceAge(input: ExtractiveInput, end: 'oldest' | 'newest'): Plan {
  const ids = entriesByAge(input.corpus.bibliography, end);
  const lines = input.passages.filter((p) => ids.includes(p.record.id)).map((p) => wholeRecordLine(p));
  const span = spanLine(input.corpus.bibliography);
  if (!lines.length || !span) return abstaining('source');
  return { ...pointedTo(lines, 'source'), notes: [{ text: span, passages: [lines[0].passage] }] };
}
