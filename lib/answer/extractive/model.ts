import { withWhatFollowed } from './after-event';
import type { Section } from '../../types';
import type { CitationCorpus } from '../../cite/corpus-index';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { NumberedPassage } from '../../cite/types';
import type { QueryAnalysis } from '../../retrieve/analyze-query';
import { composeAnswer } from './compose';
import { DEFAULT_PLAN, planAnswer, type Plan, type PlanOptions } from './plan';
import { UNIFORM_STATS, type TermStats } from '../../retrieve/question-terms';
import type { FigureRivals } from './figure-rivals';
import type { WordSimilarity } from '../../retrieve/word-similarity';
import type { DocumentFact } from './document-question';
import { planNamedAnswer } from './named-answer';
import type { FrontMatter } from '../../types';
import { localTextModel } from './text-model';
import type { Categories } from './category-members';
import type { AuditFinding } from './audit-question';

export interface ExtractiveInput {
  analysis: QueryAnalysis;
  passages: NumberedPassage[];
  corpus: CitationCorpus;
  /** Corpus statistics for weighing question terms (every term known, idf 1, when absent). */
  stats?: TermStats;
  options?: Partial<PlanOptions>;
  /** Word similarity for matching paraphrased questions (exact matching only when absent). */
  similarity?: WordSimilarity;
  /** Earlier user turns, for follow-up questions. */
  context?: string;
  /** Sentences whose figures other sentences of the thesis contradict (shown together). */
  figureRivals?: FigureRivals;
  /** The thesis's title-page facts, for questions about the document itself ("Who wrote this thesis?"). */
  frontMatter?: Pick<FrontMatter, DocumentFact>;
  /** Kinds the thesis enumerates ("three theories are realism, liberalism, and constructivism"), for "Which theory …". */
  categories?: Categories;
  /** What the citation audit flags, for "Where are the thesis's citations weak?". */
  auditFindings?: AuditFinding[];
  /** "What happened next?": the index of the previous answer's last sentence in passage 1, whose account the answer reads on. */
  continueAfter?: number;
  /** "Which chapter covers Mexico?": the chapters discussing the topic most, most first. */
  chapters?: Pick<Section, 'id' | 'title' | 'pages'>[];
}

export interface ExtractiveResult {
  text: string;
  plan: Plan;
}

/** The extractive answer as text with [n] passage markers (or the abstention text). */
export function extractiveAnswer(input: ExtractiveInput): ExtractiveResult {
  const plan =
    planNamedAnswer(input) ??
    withWhatFollowed(
      planAnswer(input.analysis, input.passages, input.stats ?? UNIFORM_STATS, { ...DEFAULT_PLAN, ...input.options }, input.similarity, input.context, input.figureRivals, input.categories),
      input.analysis.text,
      input.passages,
    );
  return { text: composeAnswer(plan, input.passages, input.corpus, plan.type === 'source'), plan };
}

export const EXTRACTIVE_MODEL_ID = 'footnote-extractive-1';

/**
 * The default answer model: no key, no network. It gets the numbered passages and the question
 * through this closure rather than by parsing the prompt, and emits exactly what an LLM would:
 * text with [n] markers.
 */
export function createExtractiveModel(input: ExtractiveInput): LanguageModelV3 & { result: () => ExtractiveResult } {
  let cached: ExtractiveResult | undefined;
  const result = () => (cached ??= extractiveAnswer(input));
  return Object.assign(localTextModel(EXTRACTIVE_MODEL_ID, () => result().text), { result });
}
