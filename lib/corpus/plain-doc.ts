import type { CorpusRecord } from '@/lib/types';
import { isBlankPageMarker, splitBlocks } from './blocks';
import { chunkSection, type ChunkOptions } from './chunk';
import { cleanDisplayText, normalizeSearchText } from './normalize';

export interface PlainSection {
  /** Null for text before the first heading. */
  title: string | null;
  slug: string;
  paragraphs: string[];
}

export function slugify(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'section'
  );
}

const MD_HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const NUMBERED_HEADING = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z]\.)\s+\S.*$/;
const LIST_ITEM = /^\s*(?:[-*+]\s|\d+[.)]\s)/;

function isAllCapsHeading(line: string): boolean {
  const t = line.trim();
  return t.length <= 100 && /[A-Z].*[A-Z]/.test(t) && !/[a-z]/.test(t) && !/[.,;]$/.test(t) && t.split(/\s+/).length <= 12;
}

function isNumberedHeading(line: string): boolean {
  const t = line.trim();
  return NUMBERED_HEADING.test(t) && !/[.!?:,;]$/.test(t) && t.split(/\s+/).length <= 12;
}

/**
 * Sections of a plain `.md`/`.txt` document: markdown `#` headings anywhere, and all-caps or numbered lines
 * standing alone (or heading a block), start sections. Lines of a paragraph are joined with spaces unless they
 * form a list. Nothing is dropped except "THIS PAGE INTENTIONALLY LEFT BLANK".
 */
export function parsePlainDocument(text: string): PlainSection[] {
  const lines = cleanDisplayText(text.replace(/\r\n?/g, '\n')).split('\n');
  const sections: PlainSection[] = [{ title: null, slug: 'preamble', paragraphs: [] }];
  const open = (title: string) => sections.push({ title, slug: slugify(title), paragraphs: [] });
  const para = (ls: string[]) => {
    if (!ls.length) return;
    const joined = ls.some((l) => LIST_ITEM.test(l)) ? ls.map((l) => l.trimEnd()).join('\n') : ls.map((l) => l.trim()).join(' ');
    sections[sections.length - 1].paragraphs.push(joined);
  };
  for (const block of splitBlocks(lines)) {
    let body: string[] = [];
    for (const line of block.lines) {
      const md = MD_HEADING.exec(line.trim());
      if (md) {
        para(body);
        body = [];
        open(md[1].replace(/\*+/g, '').trim());
      } else body.push(line);
    }
    if (body.length === 1 && isBlankPageMarker(body[0])) continue;
    if (body.length && body.length === block.lines.length && (isAllCapsHeading(body[0]) || (body.length === 1 && isNumberedHeading(body[0])))) {
      open(body[0].trim());
      body = body.slice(1);
    }
    para(body);
  }
  const seen = new Map<string, number>();
  for (const s of sections) {
    const k = (seen.get(s.slug) ?? 0) + 1;
    seen.set(s.slug, k);
    if (k > 1) s.slug = `${s.slug}-${k}`;
  }
  return sections.filter((s) => s.paragraphs.length || s.title);
}

/**
 * Passage records with ids `<docName>:<section-slug>:<i>` (1-based) and `doc` = the file name (`notes.md`);
 * no pages, no thesis footnotes.
 */
export function plainRecords(docName: string, text: string, o: ChunkOptions, file = docName): CorpusRecord[] {
  let order = 0;
  return parsePlainDocument(text).flatMap((s) =>
    chunkSection(s.paragraphs.map((p) => ({ text: p })), o).map((c, i) => ({
      id: `${docName}:${s.slug}:${i + 1}`,
      kind: 'passage' as const,
      doc: file,
      section: s.title === null ? null : s.slug,
      sectionTitle: s.title,
      pages: null,
      text: c.text,
      searchText: normalizeSearchText(c.text),
      footnotes: [],
      order: order++,
    })),
  );
}
