import { resolveFootnoteSources } from '@/lib/corpus/footnote-sources';
import type { BibliographyEntry, Corpus, Footnote } from '@/lib/types';

const cache = new WeakMap<object, Map<number, string[]>>();

/**
 * Every bibliography entry a footnote cites: a table note names several ("Table 1 is adapted from A; B; C"), so it is
 * resolved part by part (the stored `Footnote.sourceId` keeps only the first); an Ibid. inherits its antecedent's source,
 * following the chain when the parser left it empty; other forms cite their one resolved entry.
 */
export function footnoteSourceIds(corpus: Pick<Corpus, 'footnotes' | 'bibliography'>, n: number): string[] {
  let map = cache.get(corpus);
  if (!map) cache.set(corpus, (map = buildMap(corpus.footnotes, corpus.bibliography)));
  return map.get(n) ?? [];
}

const citingCache = new WeakMap<object, Map<string, number[]>>();

/** The footnotes citing each bibliography entry, in order (Ibid. and every source of a table note included); built once per corpus. */
export function footnotesCitingEach(corpus: Pick<Corpus, 'footnotes' | 'bibliography'>): Map<string, number[]> {
  let map = citingCache.get(corpus);
  if (map) return map;
  map = new Map();
  for (const f of corpus.footnotes) for (const id of new Set(footnoteSourceIds(corpus, f.n))) map.set(id, [...(map.get(id) ?? []), f.n]);
  citingCache.set(corpus, map);
  return map;
}

function buildMap(footnotes: readonly Footnote[], bib: readonly BibliographyEntry[]): Map<number, string[]> {
  const byN = new Map(footnotes.map((f) => [f.n, f]));
  const out = new Map<number, string[]>();
  for (const f of footnotes) {
    if (f.form === 'table-note') {
      const ids = resolveFootnoteSources([{ n: f.n, text: f.text }], bib)[0]?.sourceIds ?? [];
      out.set(f.n, ids.length ? ids : f.sourceId ? [f.sourceId] : []);
      continue;
    }
    let cur: Footnote | undefined = f;
    for (let hops = 0; cur && !cur.sourceId && cur.ibidOf !== null && cur.ibidOf !== cur.n && hops < 50; hops++) cur = byN.get(cur.ibidOf);
    out.set(f.n, cur?.sourceId ? [cur.sourceId] : []);
  }
  return out;
}
