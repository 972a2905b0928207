import type { BibliographyEntry, CorpusRecord } from '@/lib/types';
import { surnameOf } from '../bib-fields';
import { isPersonName } from '../bib-ids';
import { chunkSection, type ChunkOptions, type ChunkParagraph } from '../chunk';
import { normalizeSearchText } from '../normalize';
import { slugify } from '../plain-doc';
import type { SourcePage } from './extract-text';

/** A cited source's full text, extracted from `corpus/sources/<file>` and mapped to a bibliography entry. */
export interface SourceDocument {
  /** Path inside `corpus/sources/`, e.g. `turbiville-2010.pdf`. */
  file: string;
  /** Bibliography id, e.g. `bib:turbiville-2010`. */
  source: string;
  pages: SourcePage[];
}

/** "Turbiville 2010", "Cook and Reveron 2004", "Archibold et al. 2013"; corporate authors as printed; else the title. */
export function sourceShortLabel(entry: Pick<BibliographyEntry, 'authors' | 'title' | 'year'>): string {
  const [first, second] = entry.authors;
  let name: string;
  if (first && isPersonName(first)) {
    const last = surnameOf(first);
    name = entry.authors.length === 2 && second ? `${last} and ${surnameOf(second)}` : entry.authors.length > 2 ? `${last} et al.` : last;
  } else name = first ?? `“${entry.title}”`;
  return entry.year ? `${name} ${entry.year}` : name;
}

/** Paragraphs of one page: blank lines separate them; wrapped lines are joined and words hyphenated at a line end rejoined. */
export function pageParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/([a-z])-\n([a-z])/g, '$1$2').replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** The document name used in record ids: `source:<doc>:<i>`. */
export function sourceDocName(file: string): string {
  return slugify(file.replace(/\.(md|txt|html?|pdf)$/i, ''));
}

/**
 * Records of kind `source-passage` for one source document: chunked like the thesis within each page (paragraphs kept,
 * long ones split at sentences), `pages` = the source's own pages, `doc` = `sources/<file>`, `section` null, `sectionTitle` = the
 * entry's short label ("Turbiville 2010"), `sourceId` = the bibliography id. `order` counts from `firstOrder`.
 */
export function sourceRecords(doc: SourceDocument, entry: BibliographyEntry, o: ChunkOptions, firstOrder = 0): CorpusRecord[] {
  const label = sourceShortLabel(entry);
  const name = sourceDocName(doc.file);
  // chunked page by page, so a passage cites one page of the source ("Turbiville 2010, p. 4")
  const chunks = doc.pages.flatMap((p) => {
    const pages = p.page === null ? null : { start: p.page, end: p.page };
    return chunkSection(pageParagraphs(p.text).map((text): ChunkParagraph => ({ text, pages })), o);
  });
  return chunks.map((c, i) => ({
    id: `source:${name}:${i + 1}`,
    kind: 'source-passage' as const,
    doc: `sources/${doc.file}`,
    section: null,
    sectionTitle: label,
    pages: c.pages,
    text: c.text,
    searchText: normalizeSearchText(c.text),
    footnotes: [],
    sourceId: entry.id,
    order: firstOrder + i,
  }));
}
