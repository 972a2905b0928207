import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { loadStore } from '@/lib/index/load-store';
import { dataPaths } from '@/lib/index/paths';
import { readManifest } from '@/lib/index/read-manifest';
import { searchRecords } from '@/lib/retrieve/search';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-index-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function corpusDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'corpus-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const thesis = fs.readFileSync('corpus/thesis.md', 'utf8');

let more: Awaited<ReturnType<typeof runIngest>>;

describe('ingest and index', () => {
  const dataDir = path.join(tmp, 'data');

  it('builds an index holding every record, with links for corpus.json and index/', async () => {
    const summary = await runIngest({ corpusDir: corpusDir({ 'thesis.md': thesis }), dataDir, model: 'glove-sif-100d' });
    expect(summary.embedded).toBe(summary.vectors);
    const corpusJson = JSON.parse(fs.readFileSync(path.join(dataDir, 'corpus.json'), 'utf8'));
    for (const key of ['sections', 'footnotes', 'bibliography', 'tables', 'chunks']) expect(corpusJson).toHaveProperty(key);
    const index = JSON.parse(fs.readFileSync(path.join(dataDir, 'index', 'index.json'), 'utf8'));
    const recordItems = index.items.filter((i: { metadata: { kind: string } }) => i.metadata.kind !== 'sentence');
    expect(recordItems.map((i: { id: string }) => i.id)).toEqual(summary.corpus.chunks.map((c) => c.id));
    expect(index.items.length).toBe(summary.vectors);
    expect(summary.vectors).toBeGreaterThan(summary.corpus.chunks.length);
    expect(readManifest(dataDir)?.model).toEqual({ id: 'glove-sif-100d', dimension: 100 });
    // What the parser leaves out is reported, not dropped silently.
    expect(corpusJson.skipped.some((s: { preview: string }) => s.preview === 'THIS PAGE INTENTIONALLY LEFT BLANK')).toBe(true);
  });

  it('is incremental: an unchanged corpus re-embeds nothing, a new document only its records', async () => {
    const again = await runIngest({ corpusDir: corpusDir({ 'thesis.md': thesis }), dataDir, model: 'glove-sif-100d' });
    expect(again.embedded).toBe(0);
    more = await runIngest({
      corpusDir: corpusDir({ 'thesis.md': thesis, 'notes.md': '# Field notes\n\nThe quetzal is the national bird of Guatemala.\n' }),
      dataDir,
      model: 'glove-sif-100d',
    });
    expect(more.embedded).toBeGreaterThan(0);
    expect(more.embedded).toBeLessThan(5);
    const store = await loadStore(dataDir);
    const { hits } = await searchRecords(store, 'national bird of Guatemala', { k: 3 });
    expect(hits[0].record.doc).toBe('notes.md');
  });

  it('keeps the previous index when an ingest fails', async () => {
    const before = readManifest(dataDir)!.buildId;
    await expect(
      runIngest({ corpusDir: corpusDir({ 'thesis.md': thesis, 'empty.md': '   \n' }), dataDir, model: 'glove-sif-100d' }),
    ).rejects.toThrow(/empty/);
    await expect(runIngest({ corpusDir: path.join(tmp, 'nope'), dataDir, model: 'glove-sif-100d' })).rejects.toThrow(/Cannot read corpus/);
    expect(readManifest(dataDir)!.buildId).toBe(before);
    const store = await loadStore(dataDir);
    expect(store.records.length).toBe(more.corpus.chunks.length);
  });

  it('refuses an index built by another model, and reports missing and corrupt indexes', async () => {
    await expect(loadStore(dataDir, 'Xenova/bge-small-en-v1.5')).rejects.toMatchObject({ kind: 'index-mismatch', message: expect.stringMatching(/npm run ingest/) });
    await expect(loadStore(path.join(tmp, 'missing'))).rejects.toMatchObject({ kind: 'index-missing', message: expect.stringMatching(/npm run ingest/) });
    const corrupt = path.join(tmp, 'corrupt');
    fs.cpSync(dataDir, corrupt, { recursive: true, verbatimSymlinks: true });
    const m = readManifest(corrupt)!;
    fs.writeFileSync(path.join(dataPaths(corrupt).build(m.buildId).index, 'index.json'), '{"items": [');
    await expect(loadStore(corrupt)).rejects.toMatchObject({ kind: 'index-corrupt' });
    fs.writeFileSync(dataPaths(corrupt).manifest, 'not json');
    await expect(loadStore(corrupt)).rejects.toMatchObject({ kind: 'index-corrupt' });
  });
});
