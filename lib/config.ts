import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().default('data'),
  CORPUS_DIR: z.string().default('corpus'),
  EMBEDDING_MODEL: z.string().default('glove-sif-100d'),
  MAX_QUESTION_CHARS: z.coerce.number().int().min(10).max(100_000).default(2000),
  LLM_PROVIDER: z.enum(['extractive', 'openai', 'anthropic', 'openai-compatible']).default('extractive'),
  LLM_MODEL: optionalString,
  LLM_BASE_URL: optionalString,
  LLM_API_KEY: optionalString,
  OPENAI_API_KEY: optionalString,
  ANTHROPIC_API_KEY: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(20),
});

export type Config = z.infer<typeof schema> & { dataDir: string; corpusDir: string };

/** Parses configuration from an env object. Pure, so tests can pass their own env. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('internal', `Invalid configuration: ${issues}`);
  }
  const c = parsed.data;
  return { ...c, dataDir: path.resolve(c.DATA_DIR), corpusDir: path.resolve(c.CORPUS_DIR) };
}

let cached: Config | undefined;

/** Configuration read and validated once per process. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
