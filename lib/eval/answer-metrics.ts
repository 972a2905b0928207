/** Answer-level eval: accuracy, abstention both ways, citation validity, ALCE-style recall/precision, cited sources. */
import type { Citation } from '../cite/types';
import { foldText } from '../retrieve/tokenize';

/** Case, accents, quotes, superscripts, markdown stars and whitespace folded away; thousands separators kept. */
export function foldForMatch(text: string): string {
  return foldText(text)
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]/g, '')
    .replace(/\\\$/g, '$')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The answer contains any of `any` (when given) and all of `all`. */
export function answerMatches(answer: string, any?: string[], all?: string[]): boolean {
  const a = foldForMatch(answer);
  const has = (s: string) => a.includes(foldForMatch(s));
  return (!any?.length || any.some(has)) && (!all?.length || all.every(has));
}

/** Every [n] in the answer names a listed citation, every citation is used, and every quote is verbatim. */
export function citationsValid(answer: string, citations: Citation[], isVerbatim: (c: Citation) => boolean): boolean {
  const used = new Set([...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  const listed = new Set(citations.map((c) => c.n));
  for (const n of used) if (!listed.has(n)) return false;
  for (const n of listed) if (!used.has(n)) return false;
  return citations.every(isVerbatim);
}

/** Whether the thesis footnotes (or their bibliography entries) on the citations name any of the sources. */
export function citesAny(citations: Citation[], names: string[]): boolean {
  const hay = foldForMatch(citations.flatMap((c) => c.footnotes.flatMap((f) => [f.text, f.source?.text ?? ''])).join(' \n '));
  return names.some((n) => hay.includes(foldForMatch(n)));
}

export interface AnswerOutcome {
  id: string;
  cat: string;
  /** The question expects an abstention. */
  unanswerable: boolean;
  abstained: boolean;
  /** For answerable questions: not abstained and the answer matches. */
  correct: boolean;
  valid: boolean;
  recall: number | null;
  precision: number | null;
  /** For questions with cite_any: whether the cited footnotes name the source. */
  citeHit: boolean | null;
  /** After an abstention: whether closest passages were shown, and (answerable with gold) whether one holds the gold. */
  leadsShown?: boolean;
  leadHit?: boolean | null;
}

export interface AnswerMetrics {
  n: number;
  answerable: number;
  unanswerable: number;
  /** Null when the set has no answerable question (a set of near misses only). */
  accuracy: number | null;
  abstainOnAnswerable: number;
  answeredCorrectlyAbstained: number;
  /** Share of answerable questions answered (not abstained). */
  abstentionCorrectAnswerable: number | null;
  /** Share of unanswerable questions abstained on (null when there are none). */
  abstentionCorrectUnanswerable: number | null;
  validity: number;
  recall: number;
  precision: number;
  citeAnyHit: number | null;
  citeAnyN: number;
  /** Accuracy per category of answerable question. */
  byCategory: Record<string, { n: number; accuracy: number }>;
  /** Answerable questions abstained on (with gold) whose closest passages hold the gold: the reader still finds it. */
  leadsToGold: { hit: number; n: number };
  /** Unanswerable questions abstained on that still show closest passages (near misses do; off-topic ones should not). */
  leadsOnUnanswerable: { shown: number; n: number };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);
/** The mean, or null for no questions: a set without answerable questions has no accuracy, not 100%. */
const meanOrNull = (xs: number[]) => (xs.length ? mean(xs) : null);

export function summarizeAnswers(outcomes: AnswerOutcome[]): AnswerMetrics {
  const ans = outcomes.filter((o) => !o.unanswerable);
  const un = outcomes.filter((o) => o.unanswerable);
  const answered = outcomes.filter((o) => !o.abstained);
  const cite = outcomes.filter((o) => o.citeHit !== null);
  return {
    n: outcomes.length,
    answerable: ans.length,
    unanswerable: un.length,
    accuracy: meanOrNull(ans.map((o) => (o.correct ? 1 : 0))),
    abstainOnAnswerable: ans.filter((o) => o.abstained).length,
    answeredCorrectlyAbstained: un.filter((o) => o.abstained).length,
    abstentionCorrectAnswerable: meanOrNull(ans.map((o) => (o.abstained ? 0 : 1))),
    abstentionCorrectUnanswerable: meanOrNull(un.map((o) => (o.abstained ? 1 : 0))),
    validity: mean(outcomes.map((o) => (o.valid ? 1 : 0))),
    recall: mean(answered.map((o) => o.recall ?? 1)),
    precision: mean(answered.map((o) => o.precision ?? 1)),
    citeAnyHit: cite.length ? mean(cite.map((o) => (o.citeHit ? 1 : 0))) : null,
    citeAnyN: cite.length,
    byCategory: categoryAccuracy(ans),
    leadsToGold: { hit: ans.filter((o) => o.leadHit === true).length, n: ans.filter((o) => o.leadHit != null).length },
    leadsOnUnanswerable: { shown: un.filter((o) => o.abstained && o.leadsShown).length, n: un.filter((o) => o.abstained).length },
  };
}

/** Answer accuracy per category of answerable question (event, why, paraphrase, ...), with counts. */
function categoryAccuracy(answerable: AnswerOutcome[]): Record<string, { n: number; accuracy: number }> {
  const out: Record<string, { n: number; accuracy: number }> = {};
  for (const cat of [...new Set(answerable.map((o) => o.cat))].sort()) {
    const of = answerable.filter((o) => o.cat === cat);
    out[cat] = { n: of.length, accuracy: mean(of.map((o) => (o.correct ? 1 : 0))) };
  }
  return out;
}

/** The quote comes from the cited record (a table row's tab-separated cells all appear in its record). */
export function quoteInRecord(recordText: string, quote: string): boolean {
  if (recordText.includes(quote)) return true;
  const cells = quote.split('\t').map((c) => c.trim()).filter(Boolean);
  return cells.length > 1 && cells.every((c) => recordText.includes(c));
}

/**
 * A check that a quote occurs verbatim in the corpus documents (case, quotes, markers and
 * whitespace folded). Body text interrupted by a page's footnotes is also matched with the
 * footnote lines taken out and a word hyphenated across the break rejoined, as a reader would.
 */
export function verbatimChecker(documents: { text: string }[]): (quote: string) => boolean {
  const hay = documents.flatMap((d) => {
    const withoutNotes = d.text
      .split('\n')
      .filter((l) => !/^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/.test(l) && !/^\s*THIS PAGE INTENTIONALLY LEFT BLANK\s*$/.test(l))
      .join('\n')
      .replace(/(\w-)[ \t]*\n\s*/g, '$1'); // a word hyphenated across the page break ("anti-" / "communist")
    return [foldForMatch(d.text), foldForMatch(withoutNotes)];
  });
  return (quote) => {
    const q = foldForMatch(quote);
    return q.length > 0 && hay.some((h) => h.includes(q));
  };
}
