/**
 * One transformers.js feature-extraction pipeline per resolved model, shared by all
 * callers: the cache holds the loading promise, so concurrent callers wait for one load.
 */
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import type { ResolvedModel } from './model-path';

/** `pipeline`'s own overloads make tsc give up (TS2590: union too complex); narrow it to the one task used. */
type FeatureExtractionFactory = (
  task: 'feature-extraction',
  model: string,
  options?: { local_files_only?: boolean },
) => Promise<FeatureExtractionPipeline>;
const featureExtraction = pipeline as unknown as FeatureExtractionFactory;

const cache = new Map<string, Promise<FeatureExtractionPipeline>>();

const cacheKey = (m: ResolvedModel) => (m.kind === 'local' ? `local:${m.path}` : `hub:${m.id}`);

async function load(m: ResolvedModel): Promise<FeatureExtractionPipeline> {
  // `env` is process-global in transformers.js; it is set right before each load.
  if (m.kind === 'local') {
    env.allowRemoteModels = false;
    env.useFSCache = false;
    // Must be an absolute path: a relative "owner/name"-shaped path is taken as a hub id.
    return featureExtraction('feature-extraction', m.path, { local_files_only: true });
  }
  env.allowRemoteModels = true;
  env.useFSCache = true;
  return featureExtraction('feature-extraction', m.id);
}

export function getPipeline(m: ResolvedModel): Promise<FeatureExtractionPipeline> {
  const key = cacheKey(m);
  let p = cache.get(key);
  if (!p) {
    p = load(m);
    cache.set(key, p);
    // A failed load is not cached, so a later call can retry.
    p.catch(() => {
      if (cache.get(key) === p) cache.delete(key);
    });
  }
  return p;
}

/** For tests: forget cached pipelines (does not dispose ONNX sessions still referenced elsewhere). */
export function clearPipelineCache(): void {
  cache.clear();
}
