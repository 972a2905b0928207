import type { Acronym, BibliographyEntry, Footnote, FrontMatter, PageRange, Paragraph, Section, UnresolvedFootnote } from '@/lib/types';
import { assembleBody } from './assemble';
import { parseBibliography } from './bibliography';
import { classifyBody } from './body';
import { paragraphsAfter, parseAcronyms, parseFrontMatter, titlePageUnits } from './front-matter';
import { normalizeSearchText } from './normalize';
import { pageBounds } from './page-bounds';
import { buildSections } from './sections';
import { markerNumbers } from './superscript';
import type { ParsedTable } from './tables';
import { buildThesisFootnotes } from './thesis-footnotes';
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
  /** The title page in verbatim units: title, author, degree and date, each approving reader. */
  titlePage: string[];
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

  const bibliography = parseBibliography(lines.slice(layout.bodyEnd, layout.referencesEnd).join('\n'));
  const owners = [
    ...paragraphs.map((p) => ({ text: p.text, kind: 'paragraph' as const, section: p.section, pages: p.pages })),
    ...tables.map((t) => ({ text: t.caption, kind: 'table' as const, section: t.section, pages: t.pages })),
  ];
  const notes = buildThesisFootnotes(body.footnoteBlocks, owners, bounds, bibliography, warnings);

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
    footnotes: notes.footnotes,
    footnotePages: notes.pages,
    footnoteSources: notes.sources,
    bibliography,
    referencesPages,
    tables,
    acronyms: parseAcronyms(front.join('\n')),
    acknowledgments: paragraphsAfter(front, /^ACKNOWLEDGMENTS$/),
    titlePage: titlePageUnits(front.join('\n')),
    unresolved: notes.unresolved,
    warnings,
  };
}
