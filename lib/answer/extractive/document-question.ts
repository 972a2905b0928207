import type { FrontMatter } from '../../types';
import type { Candidate } from './candidates';

/** A fact about the thesis itself that its title page states. */
export type DocumentFact = 'author' | 'date' | 'degree' | 'title';

/** The thesis itself: "this thesis", "the thesis", "this study" (but "the study cited in footnote 5" is another work). */
const DOC = '(?:this (?:thesis|document|paper|study|work)|the thesis)';

const PATTERNS: [DocumentFact, RegExp][] = [
  // The author line also gives the author's rank and earlier degree: "Brian S. Curry Lieutenant, United States Navy B.A., Texas A&M University, 2012".
  ['author', /^\s*(?:where|when|in what year|(?:at|from) (?:which|what) (?:school|university|college))\b[^?]*\b(?:bachelor|undergraduate|b\.\s?a\.)/i],
  // "What rank is the author?", "Which service is the author in?": the same line.
  ['author', /^\s*(?:what|which) (?:rank|service|branch|military branch)\b[^?]*\b(?:the |this )?(?:author|writer)\b|\b(?:author|writer)['’]s (?:rank|service|branch)\b/i],
  ['author', new RegExp(`^\\s*who (?:wrote|authored|is the author of|was the author of|is the writer of) (?:${DOC}|it|this)\\b|\\b(?:author|writer) of ${DOC}\\b|^\\s*who (?:is|was) the (?:thesis['’]s? )?author\\s*\\??$`, 'i')],
  // "When was it published?": "it" with a verb that only a document takes.
  ['date', new RegExp(`^\\s*(?:when|(?:in )?what (?:year|month|date)) (?:was|is|did) (?:${DOC}|it) (?:published|written|submitted|completed|dated|released|come out|finished)\\b`, 'i')],
  // The degree line also names the school: "… from the NAVAL POSTGRADUATE SCHOOL".
  ['degree', new RegExp(`^\\s*(?:what|which) degree\\b|\\bdegree (?:was|is) ${DOC}\\b|^\\s*(?:what|which) (?:school|university|institution)\\b[^?]*\\b${DOC}\\b`, 'i')],
  ['title', new RegExp(`\\b(?:title|full name) of ${DOC}\\b|^\\s*what(?:['’]s| is) (?:the|its) (?:full )?title\\s*\\??$`, 'i')],
];

/**
 * Questions about the thesis as a document — "Who wrote this thesis?", "When was the thesis
 * submitted?" — whose answer is on the title page. Their words ("thesis", "author") are framing
 * everywhere else, so retrieval alone does not find it.
 */
export function documentQuestion(question: string): DocumentFact | null {
  return PATTERNS.find(([, re]) => re.test(question))?.[0] ?? null;
}

/** "Who wrote the thesis, and when?": the facts a question asks for besides its first. */
export function furtherFacts(question: string): DocumentFact[] {
  const out: DocumentFact[] = [];
  if (/\band (?:when|in what year|what year)\b/i.test(question)) out.push('date');
  if (/\band (?:where|at what school|for what degree|what degree)\b/i.test(question)) out.push('degree');
  return out;
}

/** The title-page line that states the fact: the parsed front matter says what to look for. */
export function factLine(candidates: Candidate[], meta: Pick<FrontMatter, DocumentFact>, fact: DocumentFact): Candidate | null {
  const value = meta[fact]?.trim();
  if (!value) return null;
  const fold = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
  return candidates.find((c) => fold(c.raw).includes(fold(value))) ?? null;
}
