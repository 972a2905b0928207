import { corpusIndex, footnoteSource } from '../cite/corpus-index';
import type { BibliographyEntry, Corpus, CorpusRecord } from '../types';
import { position } from './streams';
import type { NeighborPassage, PassageDetail, PassageLink, ResolvedFootnote, SourceRef } from './types';

/** The parts of the loaded store a passage lookup needs. */
export interface PassageSource {
  records: readonly CorpusRecord[];
  byId: ReadonlyMap<string, CorpusRecord>;
  corpus: Pick<Corpus, 'footnotes' | 'bibliography'>;
}

const EXCERPT_CHARS = 140;

/** Display text without Markdown emphasis, escapes, autolink brackets and footnote superscripts. */
export function plainText(text: string): string {
  return text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])|\*\*|\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (_m, escaped?: string) => escaped ?? '');
}

export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = plainText(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function sourceRef(entry: BibliographyEntry | null | undefined): SourceRef | null {
  return entry ? { id: entry.id, text: entry.text, url: entry.url } : null;
}

function link(r: CorpusRecord | undefined): PassageLink | null {
  if (!r) return null;
  return { id: r.id, kind: r.kind, section: r.section, sectionTitle: r.sectionTitle, pages: r.pages, excerpt: excerpt(r.text) };
}

const neighbor = (r: CorpusRecord): NeighborPassage => ({ id: r.id, kind: r.kind, pages: r.pages, text: r.text });

/** The thesis footnotes with the given numbers, resolved to their bibliography entries (Ibid. followed). */
export function resolveFootnotes(corpus: PassageSource['corpus'], numbers: readonly number[]): ResolvedFootnote[] {
  const index = corpusIndex(corpus);
  return [...new Set(numbers)].flatMap((n) => {
    const fn = index.footnotes.get(n);
    if (!fn) return [];
    return [{ n, text: fn.text, pages: fn.pages, source: sourceRef(footnoteSource(index, fn)) }];
  });
}

/** One record with its footnotes, sources, previous/next links and section neighbours; null for an unknown id. */
export function passageDetail(src: PassageSource, id: string, window = 2): PassageDetail | null {
  const record = src.byId.get(id);
  if (!record) return null;
  const index = corpusIndex(src.corpus);
  const { list, index: i } = position(src.records, record);
  const sameSection = (r: CorpusRecord) => r.section === record.section;
  const before: CorpusRecord[] = [];
  for (let j = i - 1; j >= 0 && before.length < window && sameSection(list[j]); j--) before.unshift(list[j]);
  const after: CorpusRecord[] = [];
  for (let j = i + 1; j < list.length && after.length < window && sameSection(list[j]); j++) after.push(list[j]);
  const source = record.sourceId ? sourceRef(index.bibliography.get(record.sourceId)) : null;
  return {
    id: record.id,
    kind: record.kind,
    doc: record.doc,
    section: record.section,
    sectionTitle: record.sectionTitle,
    pages: record.pages,
    text: record.text,
    footnotes: resolveFootnotes(src.corpus, record.footnotes),
    source,
    citedBy: record.kind === 'bibliography' ? src.corpus.footnotes.filter((f) => footnoteSource(index, f)?.id === record.sourceId).map((f) => f.n) : [],
    prev: link(i > 0 ? list[i - 1] : undefined),
    next: link(i >= 0 ? list[i + 1] : undefined),
    neighbors: { before: before.map(neighbor), after: after.map(neighbor) },
  };
}
