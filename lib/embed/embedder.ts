/**
 * Text → unit-length vectors through a transformers.js feature-extraction model
 * (mean pooling + L2 normalization). The default is the shipped offline model
 * `glove-sif-100d`; any local model folder or hub id also works.
 */
import { getPipeline } from './pipeline-cache';
import { resolveModel } from './model-path';

export { DEFAULT_MODEL_ID } from './model-path';

export interface Embedder {
  modelId: string;
  dimension: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

export interface EmbedReport {
  vectors: Float32Array[];
  /** Indices of texts with no known word; their vectors are all zeros. */
  empty: number[];
}

/** What `loadEmbedder` returns: an Embedder that can also say which texts had no known word. */
export interface ReportingEmbedder extends Embedder {
  embedWithReport(texts: string[]): Promise<EmbedReport>;
}

export interface LoadEmbedderOptions {
  /** `glove-sif-100d` (default, shipped), a folder under `modelsDir`, a local folder path, or a hub id. */
  model: string;
  /** Where named local models live; default `<repo root>/models` (repo root found from process.cwd()). */
  modelsDir?: string;
  /** Texts per pipeline call; default 64. */
  batchSize?: number;
  /** Called after each embed call that met texts with no known word. */
  onEmpty?: (indices: number[], texts: string[]) => void;
}

export const DEFAULT_BATCH_SIZE = 64;

export async function loadEmbedder(opts: LoadEmbedderOptions): Promise<ReportingEmbedder> {
  const resolved = resolveModel(opts.model, opts.modelsDir);
  const extractor = await getPipeline(resolved);
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE));

  const run = async (batch: string[]): Promise<{ data: Float32Array; dim: number }> => {
    const out = await extractor(batch, { pooling: 'mean', normalize: true });
    const dim = out.dims[out.dims.length - 1];
    if (out.dims.length !== 2 || out.dims[0] !== batch.length) throw new Error(`unexpected embedding shape [${out.dims.join(', ')}]`);
    return { data: out.data as Float32Array, dim };
  };
  const dimension = (await run(['dimension probe'])).dim;

  const embedWithReport = async (texts: string[]): Promise<EmbedReport> => {
    const vectors: Float32Array[] = [];
    const empty: number[] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const batch = texts.slice(start, start + batchSize);
      const { data, dim } = await run(batch);
      for (let i = 0; i < batch.length; i++) {
        const v = Float32Array.from(data.subarray(i * dim, (i + 1) * dim));
        // Mean pooling over zero tokens / normalizing a zero mean yields NaN: no known word.
        if (!v.every(Number.isFinite) || v.every((x) => x === 0)) {
          v.fill(0);
          empty.push(start + i);
        }
        vectors.push(v);
      }
    }
    if (empty.length && opts.onEmpty) opts.onEmpty(empty, texts);
    return { vectors, empty };
  };

  return {
    modelId: resolved.id,
    dimension,
    embedWithReport,
    embed: async (texts) => (await embedWithReport(texts)).vectors,
  };
}
