import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { extractSourcePages, htmlToText, parseSourceManifest, sourceShortLabel } from '@/lib/corpus/sources';
import { AppError } from '@/lib/errors';
import { readSourceDocuments } from '@/lib/ingest/read-corpus-dir';
import { minimalPdf } from '../fixtures/sources/make-pdf';

const FIXTURES = 'tests/fixtures/sources';
const thesis = { name: 'thesis.md', text: fs.readFileSync('corpus/thesis.md', 'utf8') };
const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A corpus directory with the given files under sources/. */
function corpusWith(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-sources-'));
  tmpDirs.push(dir);
  fs.mkdirSync(path.join(dir, 'sources'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'sources', name), content);
  return dir;
}

async function appError(p: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected an AppError');
}

describe('source manifest', () => {
  it('parses files with bibliography ids', () => {
    const m = parseSourceManifest(fs.readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8'));
    expect(m.files.map((f) => f.source)).toEqual(['bib:turbiville-2010', 'bib:cook-2004', 'bib:coleman-2008', 'bib:wendt-1992']);
  });

  it('rejects bad JSON, bad ids, unsupported formats, paths outside, duplicates', async () => {
    expect((await appError(() => parseSourceManifest('{'))).message).toMatch(/not valid JSON/);
    expect((await appError(() => parseSourceManifest('{"files":[{"file":"a.pdf","source":"turbiville"}]}'))).message).toMatch(/bibliography id/);
    expect((await appError(() => parseSourceManifest('{"files":[{"file":"a.docx","source":"bib:a-1"}]}'))).message).toMatch(/must end in/);
    expect((await appError(() => parseSourceManifest('{"files":[{"file":"../a.md","source":"bib:a-1"}]}'))).message).toMatch(/inside corpus\/sources/);
    const dup = '{"files":[{"file":"a.md","source":"bib:a-1"},{"file":"a.md","source":"bib:b-1"}]}';
    expect((await appError(() => parseSourceManifest(dup))).message).toMatch(/twice/);
  });

  it('fails clearly for a missing file and for an unknown bibliography entry', async () => {
    const missing = corpusWith({ 'manifest.json': '{"files":[{"file":"gone.pdf","source":"bib:turbiville-2010"}]}' });
    expect((await appError(readSourceDocuments(missing))).message).toMatch(/gone\.pdf.*does not exist/);
    const unknown = corpusWith({ 'manifest.json': '{"files":[{"file":"a.md","source":"bib:nobody-1999"}]}', 'a.md': 'Some text.' });
    const docs = await readSourceDocuments(unknown);
    expect((await appError(() => buildCorpus([thesis], undefined, docs))).message).toMatch(/unknown bibliography id "bib:nobody-1999" \(for a\.md\)/);
  });

  it('treats a missing sources/ directory as no sources, but files without a manifest as an error', async () => {
    expect(await readSourceDocuments(path.join(os.tmpdir(), 'footnote-no-such-corpus'))).toEqual([]);
    expect((await appError(readSourceDocuments(corpusWith({ 'a.md': 'text' })))).message).toMatch(/no manifest\.json/);
  });
});

describe('source text extraction', () => {
  it('extracts a real PDF page by page, numbered from firstPage', async () => {
    const pages = await extractSourcePages('t.pdf', fs.readFileSync(path.join(FIXTURES, 'turbiville-2010.pdf')), 4);
    expect(pages.map((p) => p.page)).toEqual([4, 5]);
    expect(pages[0].text).toMatch(/approximately 525,000 square miles/);
    expect(pages[1].text).toMatch(/Pancho Villa/);
  });

  it('the committed PDF fixture is what the generator writes', () => {
    expect(fs.readFileSync(path.join(FIXTURES, 'turbiville-2010.pdf')).length).toBeGreaterThan(500);
    expect(minimalPdf([['Hello (world)']]).toString('latin1')).toMatch(/\(Hello \\\(world\\\)\) Tj/);
  });

  it('strips scripts, styles, comments and tags from HTML and decodes entities', () => {
    const text = htmlToText(fs.readFileSync(path.join(FIXTURES, 'cook-2004.html'), 'utf8'));
    expect(text).not.toMatch(/MUST NOT BE INDEXED|font-family|<|Fixture: Cook 2004 excerpt/);
    expect(text).toMatch(/military officials & local police/);
    expect(text).toMatch(/about 80 percent/);
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('splits form-feed pages of text files and neutralizes superscript digits', async () => {
    const pages = await extractSourcePages('c.txt', Buffer.from('First page.\fSecond page with a note¹².'), 10);
    expect(pages).toEqual([
      { page: 10, text: 'First page.' },
      { page: 11, text: 'Second page with a note^12.' },
    ]);
    expect((await extractSourcePages('c.md', Buffer.from('# Title\n\nBody'))).map((p) => p.page)).toEqual([null]);
  });

  it('rejects an unreadable PDF and an empty document', async () => {
    expect((await appError(extractSourcePages('x.pdf', Buffer.from('not a pdf')))).message).toMatch(/Cannot extract text from corpus\/sources\/x\.pdf/);
    expect((await appError(extractSourcePages('x.txt', Buffer.from('  \n ')))).message).toMatch(/contains no text/);
  });
});

describe('source-passage records', () => {
  it('become records of their own kind with the source pages, doc, bib id and short label', async () => {
    const docs = await readSourceDocuments('tests/fixtures');
    const corpus = buildCorpus([thesis], undefined, docs);
    const recs = corpus.chunks.filter((r) => r.kind === 'source-passage');
    expect(recs.map((r) => r.id)).toEqual([
      'source:turbiville-2010:1',
      'source:turbiville-2010:2',
      'source:cook-2004:1',
      'source:coleman-2008:1',
      'source:coleman-2008:2',
      'source:wendt-1992:1',
    ]);
    const [p4, p5] = recs;
    expect(p4).toMatchObject({ doc: 'sources/turbiville-2010.pdf', section: null, sectionTitle: 'Turbiville 2010', pages: { start: 4, end: 4 }, sourceId: 'bib:turbiville-2010', footnotes: [] });
    expect(p5.pages).toEqual({ start: 5, end: 5 });
    expect(recs.find((r) => r.doc === 'sources/cook-2004.html')?.pages).toBeNull();
    // thesis records are untouched
    expect(corpus.chunks.filter((r) => r.kind !== 'source-passage')).toEqual(buildCorpus([thesis]).chunks);
  });

  it('labels entries by surname and year, corporate authors as printed', () => {
    expect(sourceShortLabel({ authors: ['Graham H. Turbiville Jr.'], title: 'U.S. Military Engagement', year: 2010 })).toBe('Turbiville 2010');
    expect(sourceShortLabel({ authors: ['Robert Axelrod', 'Robert O. Keohane'], title: 'x', year: 1985 })).toBe('Axelrod and Keohane 1985');
    expect(sourceShortLabel({ authors: ['Randal C. Archibold', 'Damien Cave', 'Ginger Thompson'], title: 'x', year: 2013 })).toBe('Archibold et al. 2013');
    expect(sourceShortLabel({ authors: ['United States Senate'], title: 'x', year: 2016 })).toBe('United States Senate 2016');
    expect(sourceShortLabel({ authors: [], title: 'SECNAV Focuses', year: null })).toBe('“SECNAV Focuses”');
  });
});
