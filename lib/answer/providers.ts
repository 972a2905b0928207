import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { Config } from '../config';

export interface LlmChoice {
  /** "openai:gpt-4o-mini" and the like, for notices and the response. */
  name: string;
  model: LanguageModelV3;
}

/** The provider is configured but unusable (no key, no model); the answer falls back to extractive. */
export interface LlmUnavailable {
  name: string;
  problem: string;
}

export const DEFAULT_MODELS = { openai: 'gpt-4o-mini', anthropic: 'claude-sonnet-4-5' } as const;

/** The LLM chosen by LLM_PROVIDER and friends, null for the default extractive answerer. */
export function llmFromConfig(config: Config): LlmChoice | LlmUnavailable | null {
  const provider = config.LLM_PROVIDER;
  if (provider === 'extractive') return null;
  if (provider === 'openai') {
    const modelId = config.LLM_MODEL ?? DEFAULT_MODELS.openai;
    const apiKey = config.OPENAI_API_KEY ?? config.LLM_API_KEY;
    if (!apiKey) return { name: `openai:${modelId}`, problem: 'OPENAI_API_KEY is not set' };
    return { name: `openai:${modelId}`, model: createOpenAI({ apiKey, baseURL: config.LLM_BASE_URL })(modelId) };
  }
  if (provider === 'anthropic') {
    const modelId = config.LLM_MODEL ?? DEFAULT_MODELS.anthropic;
    const apiKey = config.ANTHROPIC_API_KEY ?? config.LLM_API_KEY;
    if (!apiKey) return { name: `anthropic:${modelId}`, problem: 'ANTHROPIC_API_KEY is not set' };
    return { name: `anthropic:${modelId}`, model: createAnthropic({ apiKey, baseURL: config.LLM_BASE_URL })(modelId) };
  }
  const modelId = config.LLM_MODEL;
  if (!config.LLM_BASE_URL) return { name: `openai-compatible:${modelId ?? '?'}`, problem: 'LLM_BASE_URL is not set' };
  if (!modelId) return { name: 'openai-compatible:?', problem: 'LLM_MODEL is not set' };
  const compatible = createOpenAICompatible({ name: 'openai-compatible', baseURL: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY });
  return { name: `openai-compatible:${modelId}`, model: compatible.chatModel(modelId) };
}

export function isUnavailable(choice: LlmChoice | LlmUnavailable | null): choice is LlmUnavailable {
  return choice !== null && 'problem' in choice;
}
