import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { NumberedPassage } from '../../cite/types';
import type { QueryAnalysis } from '../../retrieve/analyze-query';
import type { Corpus } from '../../types';
import { composeAnswer } from './compose';
import { DEFAULT_PLAN, planAnswer, type Plan, type PlanOptions } from './plan';
import { localTextModel } from './text-model';

export interface ExtractiveInput {
  analysis: QueryAnalysis;
  passages: NumberedPassage[];
  corpus: Pick<Corpus, 'footnotes' | 'bibliography'>;
  /** Inverse document frequency of a term in the index (1 for every term when absent). */
  idf?: (term: string) => number;
  options?: Partial<PlanOptions>;
}

export interface ExtractiveResult {
  text: string;
  plan: Plan;
}

/** The extractive answer as text with [n] passage markers (or the abstention text). */
export function extractiveAnswer(input: ExtractiveInput): ExtractiveResult {
  const plan = planAnswer(input.analysis, input.passages, input.idf ?? (() => 1), { ...DEFAULT_PLAN, ...input.options });
  return { text: composeAnswer(plan, input.passages, input.corpus, input.analysis.type === 'source'), plan };
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
