import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStore, type Store } from '@/lib/index/load-store';
import { runIngest } from '@/lib/ingest/run-ingest';
import { auditCorpus, checkClaim, listSources } from '@/lib/tools';
import { thesisCorpus } from './helpers';

/** An index of the thesis plus the fixture source texts (a PDF, an HTML page, a text file, a Markdown file). */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-source-index-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('cited sources in the index', () => {
  let store: Store;
  beforeAll(async () => {
    const corpusDir = path.join(root, 'corpus');
    fs.mkdirSync(path.join(corpusDir, 'sources'), { recursive: true });
    fs.copyFileSync('corpus/thesis.md', path.join(corpusDir, 'thesis.md'));
    for (const f of fs.readdirSync('tests/fixtures/sources')) {
      if (!f.endsWith('.ts')) fs.copyFileSync(path.join('tests/fixtures/sources', f), path.join(corpusDir, 'sources', f));
    }
    await runIngest({ corpusDir, dataDir: path.join(root, 'data'), model: 'glove-sif-100d' });
    store = await loadStore(path.join(root, 'data'));
  });

  it('indexes source passages as their own kind, next to the thesis', () => {
    const recs = store.records.filter((r) => r.kind === 'source-passage');
    expect(recs).toHaveLength(6);
    expect(store.manifest.counts['source-passage']).toBe(6);
    expect(store.records.filter((r) => r.doc === 'thesis')).toHaveLength(thesisCorpus().chunks.length);
    expect(listSources(store.corpus).find((s) => s.id === 'bib:turbiville-2010')?.fullTextRecords).toBe(2);
  });

  it('claim check cites a source passage as "Turbiville 2010, p. 4."', async () => {
    const r = await checkClaim(store, 'After the war of 1846 to 1848 Mexico lost over half of its land, approximately 525,000 square miles.', { k: 5 });
    const source = r.evidence.find((e) => e.citation.kind === 'source-passage');
    expect(source?.citation).toMatchObject({ id: 'source:turbiville-2010:1', label: 'Turbiville 2010, p. 4.', footnotes: [], pages: { start: 4, end: 4 } });
    expect(r.verdict).toBe('supported');
  });

  it("the audit checks each footnote's claim against the text of the source it cites", () => {
    const report = auditCorpus(store.corpus);
    expect(report.totals.sourceTexts).toBe(4);
    const fn36 = report.footnotes.find((f) => f.n === 36)!;
    expect(fn36.sourceCheck).toMatchObject({ recordId: 'source:turbiville-2010:1', label: 'Turbiville 2010, p. 4.', verdict: 'supported', onCitedPages: true, citedPagesInText: true });
    const fn38 = report.footnotes.find((f) => f.n === 38)!; // Ibid., 5: Pershing's expedition
    expect(fn38.sourceCheck).toMatchObject({ recordId: 'source:turbiville-2010:2', onCitedPages: true });
    expect(report.footnotes.find((f) => f.n === 24)!.sourceCheck).toMatchObject({ recordId: 'source:wendt-1992:1', verdict: 'supported', onCitedPages: null });
    // Turbiville p. 11 is not in the two-page excerpt: no flag for footnote 55, but Cook's unpaged page is checked
    const weak = report.flags.filter((f) => f.kind === 'weak-source-support').map((f) => f.footnotes[0]);
    expect(weak).not.toContain(55);
    expect(weak).toContain(157);
  });
});
