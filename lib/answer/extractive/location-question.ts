import type { NumberedPassage } from '../../cite/types';
import type { CorpusRecord, Section } from '../../types';
import { chapterLine, locationLine } from '../../cite/label';
import { CHAPTER_ROADMAP } from './organization';
import { terms } from '../../retrieve/tokenize';
import { chapterOf } from '../../corpus/chapter-of';
import { CHAPTER_NAME, chapterNamed } from '../../retrieve/part-reference';
import { sentenceCandidates, type Candidate } from './candidates';

/**
 * "Where does the thesis discuss UNITAS?", "Which section covers the Korean War?", "On what page
 * is Plan Colombia discussed?": questions asking where in the thesis a topic is. Their framing
 * words ("section", "page", "discuss") are no part of the topic, so the topic alone is looked up.
 */
const VERB =
  '(?:discuss(?:es|ed)?|cover(?:s|ed)?|talk(?:s|ed)? about|mention(?:s|ed)?|address(?:es|ed)?|deal(?:s|t)? with|describe[sd]?|treat(?:s|ed)?|examine[sd]?|analy[sz]e[sd]?)';
const PART = '(?:parts?|sections?|chapters?|pages?|places?)';
const OF_THESIS = `(?: of (?:the|this) thesis| (?:of|in) ${CHAPTER_NAME})?`;

const PATTERNS = [
  // "Which section discusses the Korean War?", "What pages mention Plan Colombia?", "Which chapter does the thesis cover Mexico in?"
  new RegExp(`^\\s*(?:in |on )?(?:which|what) ${PART}${OF_THESIS} (?:(?:does|do|did) (?:the thesis |this thesis |the author |it )?)?${VERB} (.+?)(?: in)?\\s*\\??\\s*$`, 'i'),
  // "Where does the thesis talk about UNITAS?"
  new RegExp(`^\\s*where (?:in (?:the|this) thesis |in ${CHAPTER_NAME} )?(?:does|do|did) (?:the thesis|this thesis|the author|it) ${VERB} (.+?)\\s*\\??\\s*$`, 'i'),
  // "What page is the Tampico Affair on?"
  new RegExp(`^\\s*(?:on )?(?:which|what) pages? (?:is|are) (.+?) (?:on|in)\\s*\\??\\s*$`, 'i'),
  // "Where is Table 4?", "Where is footnote 35?": a part of the thesis by its number.
  /^\s*where (?:is|are|can i find) ((?:tables?|footnotes?) \d+(?: and \d+)?)(?: in the thesis)?\s*\??\s*$/i,
  // "Where is Plan Colombia discussed?", "On what page is the Tampico Affair mentioned in the thesis?"
  new RegExp(`^\\s*(?:where(?: in (?:the|this) thesis)?|(?:on|in) (?:which|what) ${PART}${OF_THESIS}) (?:is|are|was|were) (.+?) ${VERB}(?: in (?:the|this) thesis)?\\s*\\??\\s*$`, 'i'),
];

/** "Which section of Chapter III discusses Plan Colombia?": the chapter to look in. */
export const locationChapter = chapterNamed;

/** The topic a where-in-the-thesis question asks about ("the Korean War"); null for other questions. */
export function askedLocation(question: string): string | null {
  for (const re of PATTERNS) {
    const topic = re.exec(question)?.[1]?.trim();
    if (topic && terms(topic).length) return topic;
  }
  return null;
}

/** Places listed for a where-in-the-thesis question. */
export const LOCATIONS = 3;

/** Share of the topic's words a sentence must name to be a place the thesis discusses it (all of a one- or two-word topic). */
const TOPIC_SHARE = 2 / 3;

/** Whether a sentence names the topic: all of a short topic's words, two thirds of a longer one's. */
function namesTopic(c: Candidate, topic: string[]): boolean {
  const named = topic.filter((t) => c.terms.has(t)).length;
  return topic.length <= 2 ? named === topic.length : named / topic.length >= TOPIC_SHARE;
}

export interface TopicPlace {
  /** The sentence naming the topic, first in its passage. */
  line: Candidate;
  /** "That is in §III.C “World War II to the War on Drugs” (pp. 46–47).", citing the line's passage. */
  note: string;
}

/**
 * Where the thesis discusses a topic: of the retrieved passages of the thesis's text (not its
 * footnotes or bibliography), up to LOCATIONS from different sections, the most relevant first,
 * listed in the thesis's order, each with its first sentence naming the topic.
 */
export function topicPlaces(passages: NumberedPassage[], topic: string): TopicPlace[] {
  const words = [...new Set(terms(topic))];
  const places: { p: NumberedPassage; line: Candidate }[] = [];
  for (const p of passages) {
    if (places.length >= LOCATIONS) break;
    if (p.record.kind !== 'passage' && p.record.kind !== 'abstract' && p.record.kind !== 'table') continue;
    if (places.some((x) => x.p.record.section === p.record.section)) continue;
    const line = sentenceCandidates([p]).find((c) => namesTopic(c, words));
    if (line) places.push({ p, line });
  }
  const page = (p: NumberedPassage) => p.record.pages?.start ?? Number.MAX_SAFE_INTEGER;
  return places.sort((a, b) => page(a.p) - page(b.p)).map(({ p, line }) => ({ line, note: `That is in ${locationLine(p.record)}.` }));
}

/** "Which chapter covers Mexico?": the chapter itself is asked for, not a few places in it. */
export function asksChapter(question: string): boolean {
  return /\b(?:which|what) chapters?\b/i.test(question);
}

/** Chapters named in an answer to "Which chapter …?". */
const CHAPTERS = 2;

/**
 * The chapters that discuss a topic most: those whose passages name it (in a sentence) at least half
 * as often as the chapter naming it most, up to CHAPTERS, most first.
 */
export function topicChapters(records: CorpusRecord[], topic: string): string[] {
  // Retrieval (for the chapters' roadmap passages) and the answer (for their titles) both ask: count once.
  let byTopic = chaptersCache.get(records);
  if (!byTopic) chaptersCache.set(records, (byTopic = new Map()));
  const known = byTopic.get(topic);
  if (known) return known;
  const found = countTopicChapters(records, topic);
  if (byTopic.size >= CACHED_TOPICS) byTopic.clear();
  byTopic.set(topic, found);
  return found;
}

const chaptersCache = new WeakMap<CorpusRecord[], Map<string, string[]>>();
/** Topics remembered per corpus (a server answers many). */
const CACHED_TOPICS = 100;

function countTopicChapters(records: CorpusRecord[], topic: string): string[] {
  const words = [...new Set(terms(topic))];
  const counts = new Map<string, number>();
  for (const r of records) {
    const chapter = r.kind === 'passage' ? chapterOf(r.section) : null;
    if (chapter && sentenceCandidates([{ n: 1, record: r, score: 0 }]).some((c) => namesTopic(c, words))) counts.set(chapter, (counts.get(chapter) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  return [...counts]
    .filter(([, n]) => n >= most / 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, CHAPTERS)
    .map(([chapter]) => chapter);
}

/**
 * For "Which chapter …?": each chapter's sentence saying what it does (from its roadmap passage,
 * among the passages), followed by which chapter it is, with its title and pages.
 */
export function chapterPlaces(passages: NumberedPassage[], chapters: Pick<Section, 'id' | 'title' | 'pages'>[]): TopicPlace[] {
  return chapters.flatMap((chapter) => {
    const line = passages
      .filter((p) => p.record.kind === 'passage' && chapterOf(p.record.section) === chapter.id)
      .flatMap((p) => sentenceCandidates([p]))
      .find((c) => CHAPTER_ROADMAP.test(c.text));
    return line ? [{ line, note: `That is in ${chapterLine(chapter)}.` }] : [];
  });
}

/** "Where is Table 4?", "Where is footnote 35?": a part of the thesis asked for by its number. */
export function numberedPart(topic: string): { kind: 'table' | 'footnote'; n: number } | null {
  const m = /^(table|footnote)s? (\d+)$/i.exec(topic.trim());
  return m ? { kind: m[1].toLowerCase() as 'table' | 'footnote', n: Number(m[2]) } : null;
}
