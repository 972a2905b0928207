import type { BibliographyEntry, Corpus, Footnote, Table } from '../types';

/** What citing needs from a corpus: its footnotes, bibliography and (for table rows) tables. */
export type CitationCorpus = Pick<Corpus, 'footnotes' | 'bibliography'> & Partial<Pick<Corpus, 'tables' | 'paragraphs' | 'sections'>>;

export interface CorpusIndex {
  footnotes: Map<number, Footnote>;
  bibliography: Map<string, BibliographyEntry>;
  tables: Map<number, Table>;
}

const cache = new WeakMap<Corpus, CorpusIndex>();

/** Footnotes by number and bibliography entries by id, built once per corpus. */
export function corpusIndex(corpus: CitationCorpus): CorpusIndex {
  const key = corpus as Corpus;
  let index = cache.get(key);
  if (!index) {
    index = {
      footnotes: new Map((corpus.footnotes ?? []).map((f) => [f.n, f])),
      bibliography: new Map((corpus.bibliography ?? []).map((b) => [b.id, b])),
      tables: new Map((corpus.tables ?? []).map((t) => [t.n, t])),
    };
    cache.set(key, index);
  }
  return index;
}

/** The bibliography entry behind a footnote, following Ibid. chains when the parser left sourceId empty. */
export function footnoteSource(index: CorpusIndex, fn: Footnote): BibliographyEntry | null {
  let cur: Footnote | undefined = fn;
  for (let hops = 0; cur && hops < 50; hops++) {
    if (cur.sourceId) return index.bibliography.get(cur.sourceId) ?? null;
    if (cur.ibidOf === null || cur.ibidOf === cur.n) return null;
    cur = index.footnotes.get(cur.ibidOf);
  }
  return null;
}
