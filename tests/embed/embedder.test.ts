import path from 'node:path';
import { env } from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { cosine, DEFAULT_MODEL_ID, loadEmbedder, type ReportingEmbedder } from '@/lib/embed';

const norm = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('loadEmbedder with the shipped glove-sif-100d model', () => {
  let embedder: ReportingEmbedder;

  beforeAll(async () => {
    embedder = await loadEmbedder({ model: DEFAULT_MODEL_ID });
  });

  it('loads offline with dimension 100', () => {
    expect(embedder.modelId).toBe('glove-sif-100d');
    expect(embedder.dimension).toBe(100);
    expect(env.allowRemoteModels).toBe(false);
  });

  it('returns unit-length vectors, one per text, in order', async () => {
    const texts = ['Mexican marines', 'naval infantry training', 'flour and sugar'];
    const vs = await embedder.embed(texts);
    expect(vs).toHaveLength(3);
    for (const v of vs) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.length).toBe(100);
      expect(norm(v)).toBeCloseTo(1, 4);
    }
    const again = await embedder.embed([texts[2]]);
    expect(cosine(again[0], vs[2])).toBeCloseTo(1, 5);
  });

  it('ranks a paraphrase above an unrelated sentence', async () => {
    const [a, b, c] = await embedder.embed([
      'The U.S. Navy trained Mexican marines',
      "American sailors instructed Mexico's naval infantry",
      'The recipe needs two cups of flour',
    ]);
    const close = cosine(a, b);
    expect(close).toBeGreaterThan(0.6);
    expect(close).toBeGreaterThan(cosine(a, c) + 0.3);
    expect(close).toBeGreaterThan(cosine(b, c) + 0.3);
  });

  it('returns a zero vector (never NaN) and reports texts with no known word', async () => {
    const texts = ['Security cooperation with Mexico', '?!… — ;;', '', 'zxqv 1994 qqqq', 'SEDENA'];
    const { vectors, empty } = await embedder.embedWithReport(texts);
    expect(empty).toEqual([1, 2, 3, 4]);
    for (const i of empty) {
      expect(vectors[i].length).toBe(100);
      expect(vectors[i].every((x) => x === 0)).toBe(true);
    }
    expect(vectors.flatMap((v) => [...v]).some(Number.isNaN)).toBe(false);
    expect(norm(vectors[0])).toBeCloseTo(1, 4);
    const alone = await embedder.embed(['...']);
    expect([...alone[0]].every((x) => x === 0)).toBe(true);
    expect(cosine(alone[0], vectors[0])).toBe(0);
  });

  it('gives the same vectors whatever the batching', async () => {
    const texts = Array.from({ length: 70 }, (_, i) => `Passage ${i} about ${i % 2 ? 'the navy' : 'drug cartels'} and border security.`);
    const small = await loadEmbedder({ model: DEFAULT_MODEL_ID, batchSize: 7 });
    const [x, y] = await Promise.all([embedder.embed(texts), small.embed(texts)]);
    expect(x).toHaveLength(70);
    for (let i = 0; i < texts.length; i++) expect(cosine(x[i], y[i])).toBeCloseTo(1, 5);
    expect(await embedder.embed([])).toEqual([]);
  });

  it('calls onEmpty with the indices of empty texts', async () => {
    const seen: number[][] = [];
    const e = await loadEmbedder({ model: DEFAULT_MODEL_ID, onEmpty: (idx) => seen.push(idx) });
    await e.embed(['navy', '!!']);
    await e.embed(['navy']);
    expect(seen).toEqual([[1]]);
  });
});

describe('model resolution', () => {
  const folder = path.join('models', 'glove-sif-100d');

  it('loads a local folder given as ./relative and absolute path', async () => {
    const rel = await loadEmbedder({ model: `.${path.sep}${folder}` });
    const abs = await loadEmbedder({ model: path.resolve(folder) });
    const [a] = await rel.embed(['counterinsurgency doctrine']);
    const [b] = await abs.embed(['counterinsurgency doctrine']);
    expect(rel.dimension).toBe(100);
    expect(cosine(a, b)).toBeCloseTo(1, 6);
  });

  it('loads a named model from a custom modelsDir', async () => {
    const e = await loadEmbedder({ model: 'glove-sif-100d', modelsDir: path.resolve('models') });
    expect(e.dimension).toBe(100);
  });

  it('fails clearly for a missing local folder and a missing named model', async () => {
    await expect(loadEmbedder({ model: './models/does-not-exist' })).rejects.toThrow(/no embedding model/);
    await expect(loadEmbedder({ model: 'glove-sif-100d', modelsDir: path.resolve('tests') })).rejects.toThrow(/not found/);
  });
});

describe('pipeline cache and hub ids', () => {
  it('shares one loading promise between concurrent callers', async () => {
    const { getPipeline } = await import('@/lib/embed/pipeline-cache');
    const { resolveModel } = await import('@/lib/embed/model-path');
    const m = resolveModel(DEFAULT_MODEL_ID);
    const [p1, p2] = [getPipeline(m), getPipeline(m)];
    expect(p1).toBe(p2);
    expect(await p1).toBe(await p2);
  });

  it('treats an owner/name id that is not a local folder as a hub model (not loaded here)', async () => {
    const { resolveModel } = await import('@/lib/embed/model-path');
    expect(resolveModel('Xenova/bge-small-en-v1.5')).toEqual({ kind: 'hub', id: 'Xenova/bge-small-en-v1.5' });
    expect(resolveModel('glove-sif-100d')).toMatchObject({ kind: 'local', id: 'glove-sif-100d' });
  });
});
