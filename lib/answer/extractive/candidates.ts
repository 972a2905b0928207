import { splitSentences } from '../../corpus/sentences';
import { tableRowSpans, type Span } from '../../corpus/table-rows';
import type { NumberedPassage } from '../../cite/types';
import { contentWords, idTokens, terms } from '../../retrieve/tokenize';
import type { CorpusRecord } from '../../types';
import { answerText } from './clean-text';
import type { TermBag } from '../../retrieve/question-terms';

/** One sentence of a retrieved passage (a whole row for tables), as the extractive answerer sees it. */
export interface Candidate {
  /** Passage number (1-based, as in the prompt). */
  passage: number;
  /** Rank of the passage in retrieval (0 = best). */
  rank: number;
  kind: CorpusRecord['kind'];
  /** Index of the sentence inside its record. */
  index: number;
  /** The record's id ("thesis:II.D:8"): a passage's last sentence goes on in the next record's first. */
  recordId?: string;
  /** Verbatim display text. */
  raw: string;
  /** Answer text: markers and markdown removed. */
  text: string;
  terms: Set<string>;
  words: Set<string>;
  /** Terms and words of this sentence and its neighbours in the record. */
  window: TermBag;
  /** Terms of the whole record (all its sentences and its section title): what the passage is about. */
  passageTerms?: Set<string>;
  /** Whether the sentence carries a thesis footnote marker. */
  footnoted: boolean;
  /** For table rows: the table's title (rows of one table share it). */
  tableTitle: string | null;
  /** The record's section title, lowercased ("abstract", "conclusion", ...). */
  sectionTitle: string;
  /** The record's section id ("IV.B"), null outside any section. */
  section: string | null;
}

const MIN_WORDS = 4;

/** Sentences; table rows are taken whole ("Table 4. ... — Prior to WWII: Cooperation: Med; Reason: ..."). */
function spansOf(record: CorpusRecord): Span[] {
  if (record.kind === 'table-row') return [{ text: record.text, start: 0, end: record.text.length }];
  if (record.kind === 'table') return tableRowSpans(record);
  if (record.kind === 'bibliography') return [];
  return splitSentences(record.text);
}

type RecordCandidate = Omit<Candidate, 'passage' | 'rank'>;

const LIST_ITEM = /^(?:First|Second|Third|Fourth|Fifth|Finally|Lastly),\s/;
/** Sentences before a list's "First, …" that say what it lists ("This constitution laid out a few stringent military requirements."). */
const LEAD_SENTENCES = 2;

/**
 * For each sentence, the sentences that introduce the list it is an item of: "Second, Mexican
 * military units are not allowed to participate in peacekeeping efforts abroad" is a requirement
 * of the 1917 constitution, which only the sentences before "First, …" name.
 */
export function listLeads(texts: string[]): number[][] {
  let first = -1;
  return texts.map((t, i) => {
    if (!LIST_ITEM.test(t)) return [];
    if (t.startsWith('First,')) first = i;
    if (first < 0) return [];
    const leads: number[] = [];
    for (let j = Math.max(0, first - LEAD_SENTENCES); j < first; j++) if (j < i - 1) leads.push(j);
    return leads;
  });
}

const perRecord = new WeakMap<CorpusRecord, RecordCandidate[]>();

/** A record's candidate sentences with their terms; records never change, so this is computed once. */
function recordCandidates(record: CorpusRecord): RecordCandidate[] {
  const cached = perRecord.get(record);
  if (cached) return cached;
  const spans = spansOf(record);
  const texts = spans.map((s) => answerText(s.reads ?? s.text));
  const termSets = texts.map((t, i) => new Set([...terms(t), ...idTokens(spans[i].text)]));
  const wordSets = texts.map((t) => new Set(contentWords(t)));
  const titleTerms = terms(record.sectionTitle ?? (record.kind === 'abstract' ? 'abstract' : ''));
  const leads = listLeads(texts);
  const around = <T>(sets: Set<T>[], i: number) => new Set([...leads[i].flatMap((j) => [...sets[j]]), ...(sets[i - 1] ?? []), ...sets[i], ...(sets[i + 1] ?? [])]);
  const alone = record.kind === 'table';
  const passageTerms = new Set([...termSets.flatMap((t) => [...t]), ...titleTerms]);
  const out: RecordCandidate[] = [];
  spans.forEach((span, i) => {
    if (texts[i].split(' ').length < MIN_WORDS) return;
    out.push({
      kind: record.kind,
      index: i,
      recordId: record.id,
      raw: span.text,
      text: texts[i],
      terms: termSets[i],
      words: wordSets[i],
      // A table row stands alone, a sentence is read with its neighbours; the section title
      // ("ABSTRACT", "WORLD WAR II TO THE WAR ON DRUGS") is context for both.
      window: {
        terms: new Set([...(alone ? termSets[i] : around(termSets, i)), ...titleTerms]),
        words: alone ? wordSets[i] : around(wordSets, i),
      },
      passageTerms,
      footnoted: /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(span.text),
      section: record.section,
      sectionTitle: (record.sectionTitle ?? (record.kind === 'abstract' ? 'abstract' : '')).toLowerCase(),
      tableTitle: record.kind === 'table-row' ? record.text.split(' — ')[0] : alone ? record.text.split('\n')[0] : null,
    });
  });
  perRecord.set(record, out);
  return out;
}

export function sentenceCandidates(passages: NumberedPassage[]): Candidate[] {
  return passages.flatMap((p, rank) => recordCandidates(p.record).map((c) => ({ ...c, passage: p.n, rank })));
}

/**
 * A bibliography entry as one sentence, the way a note cites it: "Bajak, Frank, "Colombian Military
 * Rescues Hostages," Deseret News, July 3, 2008." Its link is in the citation.
 */
export function entrySentence(entry: string): string {
  const plain = answerText(entry.replace(/\s*<[^>\s]+>\.?\s*$/, '').replace(/\s*https?:\/\/\S+\s*$/, '')).replace(/\*/g, '').trim();
  // Every full stop but the last becomes a comma, except after an initial or an abbreviation ("U.S.", "no.", "ed.").
  return (
    plain
      // An author's initial before the title ends the name: "Cook, Dean A., "U.S. Southern Command …"".
      .replace(/\b([A-Z])\.(\s+)(?=["“])/g, '$1.,$2')
      .replace(/(?<!\b[A-Z])(?<!\b(?:no|ed|eds|Jr|Sr|vol|pp|St|Dr|Mr|Inc|Ph\.D))\.(["”’]?)\s+(?=\S)/g, ',$1 ')
  );
}

/** A record read as one line (a bibliography entry listed in an answer), as the extractive answerer sees it. */
export function wholeRecordLine(p: NumberedPassage, rank = 0): Candidate {
  const text = entrySentence(p.record.text);
  const t = new Set([...terms(text), ...idTokens(p.record.text)]);
  const w = new Set(contentWords(text));
  return {
    passage: p.n,
    rank,
    kind: p.record.kind,
    index: 0,
    raw: p.record.text,
    text,
    terms: t,
    words: w,
    window: { terms: t, words: w },
    passageTerms: t,
    footnoted: false,
    section: p.record.section,
    sectionTitle: (p.record.sectionTitle ?? '').toLowerCase(),
    tableTitle: null,
  };
}

/** The id of the record before or after one of a section's run of passages ("thesis:II.D:8" → "thesis:II.D:9"), or null. */
export function adjacentRecordId(id: string, step: 1 | -1): string | null {
  const m = /^(thesis:[^:]+):(\d+)$/.exec(id);
  return m ? `${m[1]}:${Number(m[2]) + step}` : null;
}
