import fs from 'node:fs';
import path from 'node:path';
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
