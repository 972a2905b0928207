import { footnoteRecordId } from '../corpus/thesis-records';
import { foldText } from '@/lib/retrieve/tokenize';
import type { Corpus, CorpusRecord, FootnoteForm, PageRange } from '@/lib/types';
import { footnotesCitingEach } from './cited-sources';
import { sourceShortLabel as shortLabel } from '@/lib/corpus/sources/source-records';
import { bibliographyKinds, type SourceKind } from './source-kinds';

/** One thesis claim citing a source: the footnote, the passage carrying its marker, and where it sits. */
export interface SourceCitation {
  footnote: number;
  form: FootnoteForm;
  /** The record carrying the marker (a passage, or a table for a table note); link target. */
  chunkId: string | null;
  section: string | null;
  sectionTitle: string | null;
  /** Thesis page(s) of the claim (the page the footnote is printed on). */
  pages: PageRange | null;
  /** Page(s) of the source the footnote cites, as printed. */
  citedPages: string | null;
  /** The sentence carrying the marker. */
  sentence: string;
}

export interface SourceListing {
  id: string;
  text: string;
  url: string | null;
  /** "Turbiville 2010". */
  short: string;
  year: number | null;
  citedBy: SourceCitation[];
  /** How many footnotes cite it (Ibid. and short forms included). */
  count: number;
  /** Records of the source's own full text in the index (`corpus/sources/`). */
  fullTextRecords: number;
  /** Newspaper article, journal article, book, government document or other work. */
  kind: SourceKind;
}

function citation(corpus: Pick<Corpus, 'footnotes' | 'sections'>, byId: Map<string, CorpusRecord>, n: number): SourceCitation {
  const f = corpus.footnotes.find((x) => x.n === n)!;
  const chunkId = f.chunkIds[0] ?? null;
  const section = f.section;
  return {
    footnote: f.n,
    form: f.form,
    chunkId,
    section,
    sectionTitle: section ? (corpus.sections.find((s) => s.id === section)?.title ?? null) : null,
    pages: byId.get(footnoteRecordId(f.n))?.pages ?? (chunkId ? (byId.get(chunkId)?.pages ?? null) : null),
    citedPages: f.pages,
    sentence: f.sentence,
  };
}

/**
 * The bibliography with every thesis claim that cites each entry: through its footnotes in any form (full, short,
 * Ibid. chains, and each source of a multi-source table note). `q` filters entries by words of their text or label.
 */
export function listSources(corpus: Corpus, opts: { q?: string } = {}): SourceListing[] {
  const byId = new Map(corpus.chunks.map((r) => [r.id, r]));
  const citedBy = footnotesCitingEach(corpus);
  const fullText = new Map<string, number>();
  for (const r of corpus.chunks) if (r.kind === 'source-passage' && r.sourceId) fullText.set(r.sourceId, (fullText.get(r.sourceId) ?? 0) + 1);
  const needles = foldText(opts.q ?? '').split(/\s+/).filter(Boolean);
  const kinds = bibliographyKinds(corpus.bibliography);
  return corpus.bibliography
    .map((b) => {
      const notes = citedBy.get(b.id) ?? [];
      return {
        id: b.id,
        text: b.text,
        url: b.url,
        short: shortLabel(b),
        year: b.year,
        citedBy: notes.map((n) => citation(corpus, byId, n)),
        count: notes.length,
        fullTextRecords: fullText.get(b.id) ?? 0,
        kind: kinds.get(b.id) ?? 'other',
      };
    })
    .filter((s) => !needles.length || needles.every((w) => foldText(`${s.text} ${s.short}`).includes(w)));
}
