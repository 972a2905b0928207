/** Public API of the embedding layer. */
export { loadEmbedder, DEFAULT_BATCH_SIZE } from './embedder';
export type { Embedder, EmbedReport, LoadEmbedderOptions, ReportingEmbedder } from './embedder';
export { cosine } from './cosine';
export { DEFAULT_MODEL_ID, resolveModel, findRepoRoot } from './model-path';
export type { ResolvedModel } from './model-path';
