import path from 'node:path';
import { AppError } from '@/lib/errors';
import { cleanDisplayText } from '../normalize';
import { htmlToText } from './html-text';
import { pdfPages } from './pdf-text';

/** One page of a source document; `page` is the source's own page number, null when the format has none. */
export interface SourcePage {
  page: number | null;
  text: string;
}

const SUPERSCRIPTS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** Source text must not carry Unicode superscript digits: in this corpus they mean thesis footnote markers. */
export function neutralizeSuperscripts(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPTS[c]).join('')}`);
}

/** Pages separated by form feeds (`\f`, as `pdftotext` writes them); a text without any is one unnumbered page. */
function formFeedPages(text: string, firstPage: number): SourcePage[] {
  const parts = text.split('\f');
  if (parts.length === 1) return [{ page: null, text }];
  return parts.map((t, i) => ({ page: firstPage + i, text: t }));
}

/**
 * Text of a source document by format: `.md`/`.txt` as written (form feeds split pages; `#` heading marks dropped), `.html`/`.htm` with tags,
 * scripts and styles stripped, `.pdf` through a PDF text extractor, one entry per page numbered from `firstPage`.
 * Throws AppError('bad-request') for an unreadable PDF or a document without text.
 */
export async function extractSourcePages(file: string, bytes: Uint8Array, firstPage = 1): Promise<SourcePage[]> {
  const ext = path.extname(file).toLowerCase();
  let pages: SourcePage[];
  if (ext === '.pdf') {
    let texts: string[];
    try {
      texts = await pdfPages(bytes);
    } catch (err) {
      throw new AppError('bad-request', `Cannot extract text from corpus/sources/${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    pages = texts.map((text, i) => ({ page: firstPage + i, text }));
  } else {
    const text = new TextDecoder('utf-8').decode(bytes);
    if (text.includes('\u0000')) throw new AppError('bad-request', `corpus/sources/${file} looks binary, not ${ext.slice(1)} text.`);
    const plain = ext === '.html' || ext === '.htm' ? htmlToText(text) : text.replace(/\r\n?/g, '\n');
    pages = formFeedPages(ext === '.md' ? plain.replace(/^#{1,6}[ \t]+/gm, '') : plain, firstPage);
  }
  const cleaned = pages.map((p) => ({ page: p.page, text: neutralizeSuperscripts(cleanDisplayText(p.text)) }));
  if (!cleaned.some((p) => p.text.trim())) throw new AppError('bad-request', `corpus/sources/${file} contains no text (a scanned PDF needs OCR first).`);
  return cleaned;
}
