import { AppError } from '@/lib/errors';
import type { Corpus, CorpusRecord, FrontMatter } from '@/lib/types';
import { resolveChunkOptions, type ChunkOptions } from './chunk';
import { parseThesis } from './parse-thesis';
import { plainRecords, slugify } from './plain-doc';
import { checkSourceIds } from './sources/manifest';
import { sourceDocName, sourceRecords, type SourceDocument } from './sources/source-records';
import { thesisRecords } from './thesis-records';

export const CORPUS_VERSION = 1;
export const THESIS_FILE = 'thesis.md';

export interface CorpusFile {
  name: string;
  text: string;
}

const EMPTY_META: FrontMatter = { title: '', author: '', date: '', degree: '', advisors: [], abstract: '' };

/** Document name used in record ids: the file name without extension, slugified (`CorpusRecord.doc` is the file name). */
export function docName(file: string): string {
  const base = file.split('/').pop() ?? file;
  return slugify(base.replace(/\.(md|txt)$/i, ''));
}

export function isCorpusFile(name: string): boolean {
  return /\.(md|txt)$/i.test(name);
}

/** Like buildCorpus, plus the parser's warnings (unclassified lines, page-count contradictions, …). */
export function buildCorpusWithReport(
  files: CorpusFile[],
  opts?: Partial<ChunkOptions>,
  sources: readonly SourceDocument[] = [],
): { corpus: Corpus; warnings: string[] } {
  const o = resolveChunkOptions(opts);
  const corpus: Corpus = {
    version: CORPUS_VERSION,
    meta: EMPTY_META,
    sections: [],
    paragraphs: [],
    footnotes: [],
    bibliography: [],
    tables: [],
    acronyms: [],
    chunks: [],
    unresolved: [],
    documents: [],
  };
  const warnings: string[] = [];
  const docs = new Map<string, string>();
  const ordered = [...files].filter((f) => isCorpusFile(f.name)).sort((a, b) => Number(b.name === THESIS_FILE) - Number(a.name === THESIS_FILE));
  for (const file of ordered) {
    if (!file.text.trim()) throw new AppError('bad-request', `Corpus file "${file.name}" is empty (it contains only whitespace).`);
    const isThesis = file.name === THESIS_FILE;
    const doc = isThesis ? 'thesis' : docName(file.name);
    if (docs.has(doc)) throw new AppError('bad-request', `Corpus files "${docs.get(doc)}" and "${file.name}" map to the same document name "${doc}".`);
    docs.set(doc, file.name);
    let records: CorpusRecord[];
    if (isThesis) {
      let t: ReturnType<typeof parseThesis>;
      try {
        t = parseThesis(file.text);
      } catch (err) {
        throw new AppError('bad-request', `Cannot parse "${file.name}" as the thesis: ${err instanceof Error ? err.message : String(err)}`);
      }
      records = thesisRecords(t, o);
      const ids = new Map<number, string[]>();
      for (const r of records) if (r.kind !== 'footnote') for (const n of r.footnotes) ids.set(n, [...(ids.get(n) ?? []), r.id]);
      Object.assign(corpus, {
        meta: t.meta,
        sections: t.sections,
        paragraphs: t.paragraphs.map(({ breaks: _b, pos: _p, ...p }) => p),
        footnotes: t.footnotes.map((f) => ({ ...f, chunkIds: ids.get(f.n) ?? [] })),
        bibliography: t.bibliography,
        tables: t.tables.map(({ caption: _c, lines: _l, pos: _p, ...tb }) => tb),
        acronyms: t.acronyms,
        unresolved: t.unresolved,
      });
      warnings.push(...t.warnings.map((w) => `${file.name}: ${w}`));
    } else {
      records = plainRecords(doc, file.text, o, file.name);
      if (!records.length) warnings.push(`${file.name}: no text found outside headings`);
    }
    corpus.chunks.push(...records);
    corpus.documents.push({ file: file.name, kind: isThesis ? 'thesis' : 'plain', records: records.length });
  }
  if (sources.length) corpus.chunks.push(...sourceDocumentRecords(sources, corpus, o, warnings));
  return { corpus, warnings };
}

/** Records of the cited sources' full texts (`corpus/sources/`), each mapped to a bibliography entry of the thesis. */
function sourceDocumentRecords(sources: readonly SourceDocument[], corpus: Corpus, o: ChunkOptions, warnings: string[]): CorpusRecord[] {
  if (!corpus.bibliography.length) throw new AppError('bad-request', 'corpus/sources/ needs thesis.md: source documents are mapped to its bibliography.');
  const bib = new Map(corpus.bibliography.map((b) => [b.id, b]));
  checkSourceIds(sources, new Set(bib.keys()));
  const names = new Map<string, string>();
  for (const doc of sources) {
    const other = names.get(sourceDocName(doc.file));
    if (other) throw new AppError('bad-request', `Source files "${other}" and "${doc.file}" map to the same document name "${sourceDocName(doc.file)}".`);
    names.set(sourceDocName(doc.file), doc.file);
  }
  return sources.flatMap((doc) => {
    const records = sourceRecords(doc, bib.get(doc.source)!, o);
    if (!records.length) warnings.push(`sources/${doc.file}: no text found`);
    return records;
  });
}

/**
 * Builds the corpus from the files of `corpus/`: `thesis.md` goes through the thesis parser, every other `.md`/`.txt`
 * file through the plain parser; other extensions are ignored. `sources` are the already extracted full texts of cited
 * sources (`corpus/sources/`, read by ingest), indexed as `source-passage` records; an unknown bibliography id fails.
 * Throws AppError('bad-request') for a whitespace-only file.
 */
export function buildCorpus(files: CorpusFile[], opts?: Partial<ChunkOptions>, sources: readonly SourceDocument[] = []): Corpus {
  return buildCorpusWithReport(files, opts, sources).corpus;
}
