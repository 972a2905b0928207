import type { Acronym, BibliographyEntry, Footnote, FrontMatter, PageRange, Paragraph, Section, UnresolvedFootnote } from '@/lib/types';
import { assembleBody } from './assemble';
import { parseBibliography } from './bibliography';
import { classifyBody } from './body';
import type { FootnoteDef } from './footnote-defs';
import { carryingSentence, locateMarkers } from './footnote-markers';
import { resolveFootnoteSources, type SourceResolution } from './footnote-sources';
import { paragraphsAfter, parseAcronyms, parseFrontMatter } from './front-matter';
import { normalizeSearchText } from './normalize';
import { pageBounds } from './page-bounds';
import { buildSections } from './sections';
import { markerNumbers, stripMarkers } from './superscript';
import type { ParsedTable } from './tables';
import { locateParts } from './thesis-layout';
import { parseListOfTables, parseToc, type TocEntry } from './toc';

export interface ThesisParagraph extends Paragraph {
  /** Offsets in `text` where a page break falls (inside a rejoined paragraph). */
  breaks: number[];
  /** Reading position among body elements (paragraphs and tables share it). */
  pos: number;
}

export interface ThesisTable extends ParsedTable {
  pos: number;
}

export interface ParsedThesis {
  meta: FrontMatter;
  toc: TocEntry[];
  sections: Section[];
  /** Pages of each section's own text (before its first subsection). */
  ownPages: Map<string, PageRange>;
  paragraphs: ThesisParagraph[];
  footnotes: Footnote[];
  /** Page range of the page each footnote is printed on. */
  footnotePages: Map<number, PageRange>;
  /** All sources of each footnote (table notes cite several). */
  footnoteSources: Map<number, string[]>;
  bibliography: BibliographyEntry[];
  referencesPages: PageRange | null;
  tables: ThesisTable[];
  acronyms: Acronym[];
  acknowledgments: string[];
  unresolved: UnresolvedFootnote[];
  warnings: string[];
}

const clip = (r: { start?: number; end?: number }, own: PageRange): PageRange => {
  const start = Math.max(r.start ?? own.start, own.start);
  const end = Math.min(r.end ?? own.end, own.end);
  return start <= end ? { start, end } : own;
};

/** Parses the thesis (front matter, TOC, body, footnotes, tables, bibliography) into the corpus model. */
export function parseThesis(input: string): ParsedThesis {
  const text = input.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const warnings: string[] = [];
  const toc = parseToc(text);
  if (!toc.some((e) => e.kind === 'section')) throw new Error('thesis: no TABLE OF CONTENTS with numbered sections found');
  const layout = locateParts(lines, text, toc);
  const elements = classifyBody(lines, layout.bodyStart, layout.bodyEnd, toc.filter((e) => e.kind === 'section'), warnings);
  const lot = parseListOfTables(text);
  const body = assembleBody(elements, new Map([...lot].map(([n, t]) => [n, t.page])));
  const refs = toc.find((e) => e.kind === 'matter' && /REFERENCES/.test(e.title));
  if (refs) {
    if (elements[elements.length - 1]?.type === 'blank') body.blankBefore.add(refs.id);
    body.tokens.push({ kind: 'break' }, { kind: 'anchor', page: refs.page, label: refs.title });
  }
  const plan = buildSections(toc, body.blankBefore);
  const bounds = pageBounds(body.tokens);
  warnings.push(...bounds.warnings);
  const rangeOf = (first: number, last: number, own: PageRange | undefined): PageRange | null =>
    own ? clip({ start: bounds.lo.get(first), end: bounds.hi.get(last) }, own) : null;

  const paragraphs: ThesisParagraph[] = body.paragraphs.map((p, i) => ({
    id: `thesis:para:${i + 1}`,
    section: p.section,
    pages: rangeOf(p.keys[0], p.keys[p.keys.length - 1], p.section ? plan.own.get(p.section) : undefined),
    text: p.text,
    searchText: normalizeSearchText(p.text),
    footnotes: markerNumbers(p.text),
    order: i,
    breaks: p.breaks,
    pos: p.pos,
  }));
  const tables: ThesisTable[] = body.tables.map((t) => {
    const page = lot.get(t.table.n)?.page;
    const own = t.section ? plan.own.get(t.section) ?? null : null;
    return { ...t.table, section: t.section, pages: page !== undefined ? { start: page, end: page } : own, pos: t.pos };
  });

  const defs: FootnoteDef[] = body.footnoteBlocks.flatMap((b) => b.notes);
  const footnotePages = new Map<number, PageRange>();
  for (const b of body.footnoteBlocks) {
    const own = b.section ? plan.own.get(b.section) : undefined;
    const lo = bounds.lo.get(b.key);
    const hi = bounds.hi.get(b.key);
    for (const n of b.notes) if (lo !== undefined && hi !== undefined && lo <= hi) footnotePages.set(n.n, { start: lo, end: hi });
    else if (own) for (const n of b.notes) footnotePages.set(n.n, own);
  }
  defs.forEach((d, i) => {
    if (d.n !== i + 1) warnings.push(`footnote numbering: expected ${i + 1}, found ${d.n} (line ${d.line + 1})`);
  });
  const owners = [...paragraphs.map((p) => ({ text: p.text, kind: 'paragraph' as const })), ...tables.map((t) => ({ text: t.caption, kind: 'table' as const }))];
  const sites = locateMarkers(owners, warnings);
  const siteSection = (n: number): string | null => {
    const s = sites.get(n);
    if (!s) return null;
    return s.kind === 'paragraph' ? paragraphs[s.owner].section : tables[s.owner - paragraphs.length].section;
  };
  for (const n of sites.keys()) if (!defs.some((d) => d.n === n)) warnings.push(`footnote marker ${n} has no footnote text`);

  const bibliography = parseBibliography(lines.slice(layout.bodyEnd, layout.referencesEnd).join('\n'));
  const resolutions = resolveFootnoteSources(defs.map((d) => ({ n: d.n, text: d.text, section: siteSection(d.n) })), bibliography);
  const byN = new Map<number, SourceResolution>(resolutions.map((r) => [r.n, r]));
  // a note is printed on the page of its marker: narrow the block's range by the marker's paragraph range
  for (const [n, site] of sites) {
    const owner = site.kind === 'paragraph' ? paragraphs[site.owner].pages : tables[site.owner - paragraphs.length].pages;
    const block = footnotePages.get(n);
    if (!owner || !block) continue;
    const start = Math.max(owner.start, block.start);
    const end = Math.min(owner.end, block.end);
    if (start <= end) footnotePages.set(n, { start, end });
    else warnings.push(`footnote ${n}: printed on p. ${block.start}–${block.end} but its marker is on p. ${owner.start}–${owner.end}`);
  }
  const footnotes: Footnote[] = defs.map((d) => {
    const r = byN.get(d.n)!;
    const site = sites.get(d.n);
    let sentence = '';
    if (!site) warnings.push(`footnote ${d.n} has no marker in the body`);
    else if (site.kind === 'paragraph') sentence = carryingSentence(paragraphs[site.owner].text, site.offset);
    else sentence = stripMarkers(tables[site.owner - paragraphs.length].caption).trim();
    for (const part of r.unmatchedParts ?? []) warnings.push(`footnote ${d.n}: part not matched to the bibliography: ${part}`);
    return {
      n: d.n,
      text: d.text,
      searchText: normalizeSearchText(d.text),
      form: r.form,
      sourceId: r.sourceId,
      pages: r.pages,
      ibidOf: r.ibidOf,
      section: siteSection(d.n),
      sentence,
      chunkIds: [],
      ...(r.ibidDoubtful ? { ibidDoubtful: r.ibidDoubtful } : {}),
    };
  });
  const unresolved = resolutions.filter((r) => r.reason).map((r) => ({ n: r.n, text: defs.find((d) => d.n === r.n)!.text, reason: r.reason! }));

  const distribution = toc.find((e) => e.kind === 'matter' && e.page > (refs?.page ?? Infinity));
  const referencesPages = refs
    ? { start: refs.page, end: Math.max(refs.page, distribution ? distribution.page - 1 - (layout.blankAfterReferences ? 1 : 0) : refs.page) }
    : null;
  const front = lines.slice(0, layout.bodyStart);
  return {
    meta: parseFrontMatter(front.join('\n')),
    toc,
    sections: plan.sections,
    ownPages: plan.own,
    paragraphs,
    footnotes,
    footnotePages,
    footnoteSources: new Map(resolutions.map((r) => [r.n, r.sourceIds])),
    bibliography,
    referencesPages,
    tables,
    acronyms: parseAcronyms(front.join('\n')),
    acknowledgments: paragraphsAfter(front, /^ACKNOWLEDGMENTS$/),
    unresolved,
    warnings,
  };
}
