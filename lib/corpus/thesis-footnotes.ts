import type { BibliographyEntry, Footnote, PageRange, UnresolvedFootnote } from '@/lib/types';
import type { AssembledFootnotes } from './assemble';
import { carryingSentence, locateMarkers } from './footnote-markers';
import { resolveFootnoteSources } from './footnote-sources';
import { normalizeSearchText } from './normalize';
import type { PageBounds } from './page-bounds';
import { stripMarkers } from './superscript';

interface Owner {
  text: string;
  kind: 'paragraph' | 'table';
  section: string | null;
  pages: PageRange | null;
}

export interface ThesisFootnotes {
  footnotes: Footnote[];
  /** The page each note is printed on (its block's range narrowed by its marker's range). */
  pages: Map<number, PageRange>;
  /** All sources per note (table notes cite several). */
  sources: Map<number, string[]>;
  unresolved: UnresolvedFootnote[];
}

/**
 * Footnotes from the blocks found in the body: numbering checked, each tied to its marker (in a paragraph or a
 * table caption) for section and carrying sentence, resolved to the bibliography, and placed on its printed page.
 */
export function buildThesisFootnotes(
  blocks: readonly AssembledFootnotes[],
  owners: readonly Owner[],
  bounds: PageBounds,
  bibliography: readonly BibliographyEntry[],
  warnings: string[],
): ThesisFootnotes {
  const defs = blocks.flatMap((b) => b.notes);
  defs.forEach((d, i) => {
    if (d.n !== i + 1) warnings.push(`footnote numbering: expected ${i + 1}, found ${d.n} (line ${d.line + 1})`);
  });
  const sites = locateMarkers(owners, warnings);
  for (const n of sites.keys()) if (!defs.some((d) => d.n === n)) warnings.push(`footnote marker ${n} has no footnote text`);
  const ownerOf = (n: number) => {
    const s = sites.get(n);
    return s ? owners[s.owner] : undefined;
  };

  const pages = new Map<number, PageRange>();
  for (const b of blocks) {
    const lo = bounds.lo.get(b.key);
    const hi = bounds.hi.get(b.key);
    for (const note of b.notes) {
      const marker = ownerOf(note.n)?.pages ?? null;
      const block = lo !== undefined && hi !== undefined && lo <= hi ? { start: lo, end: hi } : marker;
      if (!block) continue;
      const start = Math.max(block.start, marker?.start ?? block.start);
      const end = Math.min(block.end, marker?.end ?? block.end);
      if (start <= end) pages.set(note.n, { start, end });
      else {
        pages.set(note.n, block);
        warnings.push(`footnote ${note.n}: printed on p. ${block.start}–${block.end} but its marker is on p. ${marker!.start}–${marker!.end}`);
      }
    }
  }

  const resolutions = resolveFootnoteSources(defs.map((d) => ({ n: d.n, text: d.text, section: ownerOf(d.n)?.section ?? null })), bibliography);
  const footnotes: Footnote[] = defs.map((d, i) => {
    const r = resolutions[i];
    const site = sites.get(d.n);
    if (!site) warnings.push(`footnote ${d.n} has no marker in the body`);
    for (const part of r.unmatchedParts ?? []) warnings.push(`footnote ${d.n}: part not matched to the bibliography: ${part}`);
    const owner = ownerOf(d.n);
    let sentence = '';
    if (site && owner) sentence = owner.kind === 'paragraph' ? carryingSentence(owner.text, site.offset) : stripMarkers(owner.text).trim();
    return {
      n: d.n,
      text: d.text,
      searchText: normalizeSearchText(d.text),
      form: r.form,
      sourceId: r.sourceId,
      pages: r.pages,
      ibidOf: r.ibidOf,
      section: owner?.section ?? null,
      sentence,
      chunkIds: [],
      ...(r.ibidDoubtful ? { ibidDoubtful: r.ibidDoubtful } : {}),
    };
  });
  return {
    footnotes,
    pages,
    sources: new Map(resolutions.map((r) => [r.n, r.sourceIds])),
    unresolved: resolutions.flatMap((r, i) => (r.reason ? [{ n: r.n, text: defs[i].text, reason: r.reason }] : [])),
  };
}
