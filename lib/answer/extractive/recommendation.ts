import type { CorpusRecord } from '../../types';
import { splitSentences } from '../../corpus/sentences';
import { terms } from '../../retrieve/tokenize';
import { askedCaseStudy, caseStudies } from './case-study';
import { isQuestion } from './clean-text';

/** "What does the author recommend?", "What should the United States do about Mexico?" */
const RECOMMENDATION =
  /\brecommend\w*|\bwhat should (?:the )?(?:united states|u\.s\.|us|mexico|colombia|the military|militar\w+|we)\b|\bpolicy (?:changes|recommendations|implications|advice)\b|\bwhat (?:does|do) (?:the )?(?:author|thesis) (?:suggest|propose|advise|advocate)\b|\bwhat\b[^?]*\b(?:has|have|needs?|must|ought) to (?:do|change)\b(?!\s+with\b)|\bdo differently\b/i;

/** A sentence that recommends: "The U.S. government should continue to fund Plan Colombia …". */
export const RECOMMENDS = /\b(?:should|must|ought to|(?:will )?needs? to|recommend\w*)\b/i;

/** The thesis recommends in its last chapter. */
const LAST_CHAPTER = /^IV(?:\.|$)/;

/** "How much more funding does the thesis recommend …?": a recommendation with a figure in it. */
export function asksRecommendedFigure(question: string): boolean {
  return /^\s*how (?:much|many)\b/i.test(question);
}

/** "What does the thesis recommend for future research?" asks for its section on further research, not its policy advice. */
const FURTHER_RESEARCH = /\b(?:further|future) research\b/i;

export function asksRecommendation(question: string): boolean {
  return RECOMMENDATION.test(question) && !FURTHER_RESEARCH.test(question);
}

/** Whether the text is about the case study the question names (any text, when it names none or both). */
function aboutAskedCountry(question: string, text: string): boolean {
  const asked = askedCaseStudy(question);
  return asked.length !== 1 || caseStudies(new Set(terms(text))).includes(asked);
}

/**
 * How strongly a sentence of the last chapter answers a recommendation question: about the asked
 * country, an outright "should", and in a subsection (where the thesis turns to policy) rather
 * than the chapter's opening.
 */
export function recommendationRank(question: string, text: string, section: string | null): number {
  if (!section || !LAST_CHAPTER.test(section) || !RECOMMENDS.test(text) || isQuestion(text)) return -1;
  return (aboutAskedCountry(question, text) ? 2 : 0) + (section.includes('.') ? 2 : 0) + (/\bshould\b/i.test(text) ? 1 : 0);
}

/** The last chapter's records that recommend, the ones about the asked country first. */
export function recommendationRecords(question: string, records: CorpusRecord[], max = 4): CorpusRecord[] {
  const best = (r: CorpusRecord) => Math.max(-1, ...splitSentences(r.text).map((s) => recommendationRank(question, s.text, r.section)));
  return records
    .filter((r) => r.kind === 'passage' && best(r) >= 0)
    .map((r, i) => ({ r, rank: best(r), i }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .slice(0, max)
    .map(({ r }) => r);
}
