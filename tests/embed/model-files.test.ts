import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeChecksums, formatChecksums, listModelFiles, parseChecksums, verifyModelDir } from '@/lib/embed/checksums';

const dir = path.resolve('models/glove-sif-100d');

describe('shipped model folder', () => {
  it('has the files transformers.js needs, all listed in SHA256SUMS', () => {
    const files = listModelFiles(dir);
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_int8.onnx', 'README.md', 'LICENSE']) {
      expect(files).toContain(f);
    }
    const sums = parseChecksums(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8'));
    expect([...sums.keys()].sort()).toEqual(files);
  });

  it('matches its SHA256SUMS', () => {
    expect(verifyModelDir(dir)).toEqual([]);
    expect(formatChecksums(computeChecksums(dir))).toBe(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8'));
  });

  it('stays small: no file over 20 MB, ~12 MB in all', () => {
    let total = 0;
    for (const f of listModelFiles(dir)) {
      const size = statSync(path.join(dir, f)).size;
      expect(size).toBeLessThan(20 * 1024 * 1024);
      total += size;
    }
    expect(total).toBeGreaterThan(8e6);
    expect(total).toBeLessThan(16e6);
  });

  it('declares a 100-d int8 BERT-style model with whole-word vocabulary', () => {
    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
    expect(config.model_type).toBe('bert');
    expect(config.hidden_size).toBe(100);
    expect(config['transformers.js_config']).toEqual({ dtype: 'int8' });
    const tok = JSON.parse(readFileSync(path.join(dir, 'tokenizer.json'), 'utf8'));
    for (const k of ['normalizer', 'pre_tokenizer', 'post_processor', 'decoder']) expect(k in tok).toBe(true);
    const vocab = Object.keys(tok.model.vocab);
    expect(vocab.length).toBe(config.vocab_size);
    expect(vocab.some((w) => w.startsWith('##'))).toBe(false);
    expect(tok.model.vocab['[PAD]']).toBe(0);
    expect(tok.model.vocab['[UNK]']).toBe(1);
  });

  it('detects a tampered file', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'glove-sums-'));
    try {
      cpSync(dir, tmp, { recursive: true });
      expect(verifyModelDir(tmp)).toEqual([]);
      writeFileSync(path.join(tmp, 'config.json'), '{}\n');
      writeFileSync(path.join(tmp, 'extra.txt'), 'x');
      expect(verifyModelDir(tmp)).toEqual(['differs: config.json', 'unexpected: extra.txt']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
