import fs from 'node:fs';
import path from 'node:path';
import { extractSourcePages } from '../corpus/sources/extract-text';
import { parseSourceManifest, SOURCE_MANIFEST } from '../corpus/sources/manifest';
import type { SourceDocument } from '../corpus/sources/source-records';
import { AppError } from '../errors';

export interface CorpusFile {
  name: string;
  text: string;
}

const TEXT_EXTENSIONS = new Set(['.md', '.txt']);

/** Reads the documents at the top of the corpus directory; fails clearly on unreadable or empty input. */
export function readCorpusDir(dir: string): CorpusFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => TEXT_EXTENSIONS.has(path.extname(n).toLowerCase())).sort();
  } catch {
    throw new AppError('bad-request', `Cannot read corpus directory "${dir}". Create it and put thesis.md (or other .md/.txt files) in it.`);
  }
  if (names.length === 0) throw new AppError('bad-request', `No .md or .txt documents in "${dir}".`);
  return names.map((name) => {
    const file = path.join(dir, name);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new AppError('bad-request', `Cannot read "${file}".`);
    }
    if (!text.trim()) throw new AppError('bad-request', `"${file}" is empty. Remove it or give it content.`);
    if (text.includes('\u0000')) throw new AppError('bad-request', `"${file}" looks binary, not text.`);
    return { name, text };
  });
}

/**
 * Reads `<corpusDir>/sources/`: the manifest and the text of every file it lists (PDFs through a text extractor, hence
 * async). No `sources/` directory means no source documents; files there without a manifest, or a listed file that is
 * missing, fail clearly. Bibliography ids are checked against the parsed thesis by buildCorpus.
 */
export async function readSourceDocuments(corpusDir: string): Promise<SourceDocument[]> {
  const dir = path.join(corpusDir, 'sources');
  const manifestPath = path.join(dir, SOURCE_MANIFEST);
  if (!fs.existsSync(manifestPath)) {
    const stray = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => !n.startsWith('.')) : [];
    if (stray.length) throw new AppError('bad-request', `corpus/sources/ has files but no ${SOURCE_MANIFEST} mapping them to bibliography entries.`);
    return [];
  }
  const manifest = parseSourceManifest(fs.readFileSync(manifestPath, 'utf8'));
  const docs: SourceDocument[] = [];
  for (const entry of manifest.files) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(path.join(dir, entry.file));
    } catch {
      throw new AppError('bad-request', `corpus/sources/${SOURCE_MANIFEST} lists "${entry.file}", but corpus/sources/${entry.file} does not exist or cannot be read.`);
    }
    docs.push({ file: entry.file, source: entry.source, pages: await extractSourcePages(entry.file, bytes, entry.firstPage) });
  }
  return docs;
}
