import type { CorpusRecord, PageRange } from '@/lib/types';
import { chunkSection, type ChunkOptions } from './chunk';
import { normalizeSearchText } from './normalize';
import type { ParsedThesis, ThesisParagraph } from './parse-thesis';
import { markerNumbers } from './superscript';
import { tableRowText, tableText } from './tables';

type Draft = Omit<CorpusRecord, 'order'> & { pos: number };

const record = (r: Omit<CorpusRecord, 'doc' | 'searchText' | 'footnotes' | 'order'> & { pos: number }): Draft => ({
  ...r,
  doc: 'thesis',
  searchText: normalizeSearchText(r.text),
  footnotes: markerNumbers(r.text),
});

/** Body passages: chunked per section, never across a section boundary; ids `thesis:<section>:<i>` (1-based). */
function passageDrafts(t: ParsedThesis, o: ChunkOptions): Draft[] {
  const bySection = new Map<string, ThesisParagraph[]>();
  for (const p of t.paragraphs) if (p.section) bySection.set(p.section, [...(bySection.get(p.section) ?? []), p]);
  const title = new Map(t.sections.map((s) => [s.id, s.title]));
  return [...bySection].flatMap(([section, paras]) =>
    chunkSection(paras, o).map((c, i) =>
      record({ id: `thesis:${section}:${i + 1}`, kind: 'passage', section, sectionTitle: title.get(section) ?? null, pages: c.pages, text: c.text, pos: paras[c.spans[0].paragraph].pos }),
    ),
  );
}

/** Each table as one record (`thesis:table:<n>`) followed by one record per row (`thesis:table:<n>:row:<i>`, 1-based). */
function tableDrafts(t: ParsedThesis): Draft[] {
  const title = new Map(t.sections.map((s) => [s.id, s.title]));
  const sourceOf = (n: number | null) => (n === null ? null : (t.footnotes.find((f) => f.n === n)?.sourceId ?? null));
  return t.tables.flatMap((tb) => {
    const base = { section: tb.section, sectionTitle: tb.section ? (title.get(tb.section) ?? null) : null, pages: tb.pages, sourceId: sourceOf(tb.footnote), pos: tb.pos };
    return [
      record({ ...base, id: tableRecordId(tb.n), kind: 'table', text: tableText(tb) }),
      ...tb.rows.map((row, i) => record({ ...base, id: `${tableRecordId(tb.n)}:row:${i + 1}`, kind: 'table-row', text: tableRowText(tb, row) })),
    ];
  });
}

/** The id of the record holding thesis footnote n. */
export const footnoteRecordId = (n: number) => `thesis:fn:${n}`;
export const tableRecordId = (n: number) => `thesis:table:${n}`;

/** Footnote records: search text adds the author and title words of every resolved source. */
function footnoteDrafts(t: ParsedThesis): Draft[] {
  const title = new Map(t.sections.map((s) => [s.id, s.title]));
  const bib = new Map(t.bibliography.map((b) => [b.id, b]));
  return t.footnotes.map((f) => {
    const sources = (t.footnoteSources.get(f.n) ?? []).map((id) => bib.get(id)).filter((b) => b !== undefined);
    const extra = sources.map((b) => `${b.authors.join(' ')} ${b.title}`).join(' ');
    const pages: PageRange | null = t.footnotePages.get(f.n) ?? (f.section ? (t.ownPages.get(f.section) ?? null) : null);
    return {
      id: footnoteRecordId(f.n),
      kind: 'footnote',
      doc: 'thesis',
      section: f.section,
      sectionTitle: f.section ? (title.get(f.section) ?? null) : null,
      pages,
      text: f.text,
      searchText: normalizeSearchText(`${f.text} ${extra}`),
      footnotes: [f.n],
      sourceId: f.sourceId,
      pos: f.n,
    };
  });
}

/** Every retrievable thesis record, `order` = reading order (title page, abstract, acknowledgments, body, footnotes, references). */
/** The record holding the title page, one line per unit. */
export const TITLE_PAGE_ID = 'thesis:title-page';

export function thesisRecords(t: ParsedThesis, o: ChunkOptions): CorpusRecord[] {
  const front: Draft[] = [];
  // "Who advised this thesis?", "What degree was it for?": the title page answers.
  // One unit a line, so each reads as a sentence: "Approved by: Diego Esparza, Ph.D. Thesis Advisor".
  if (t.titlePage.length)
    front.push(record({ id: TITLE_PAGE_ID, kind: 'passage', section: null, sectionTitle: 'TITLE PAGE', pages: null, text: t.titlePage.join('\n'), pos: 0 }));
  if (t.meta.abstract) front.push(record({ id: 'thesis:abstract', kind: 'abstract', section: null, sectionTitle: 'ABSTRACT', pages: null, text: t.meta.abstract, pos: 0 }));
  chunkSection(t.acknowledgments.map((text) => ({ text })), o).forEach((c, i) =>
    front.push(record({ id: `thesis:acknowledgments:${i + 1}`, kind: 'passage', section: null, sectionTitle: 'ACKNOWLEDGMENTS', pages: null, text: c.text, pos: 0 })),
  );
  const body = [...passageDrafts(t, o), ...tableDrafts(t)].sort((a, b) => a.pos - b.pos);
  const refs = t.bibliography.map((b) => ({
    ...record({ id: b.id, kind: 'bibliography', section: null, sectionTitle: 'LIST OF REFERENCES', pages: t.referencesPages, text: b.text, sourceId: b.id, pos: 0 }),
    searchText: normalizeSearchText(`${b.text} ${b.authors.join(' ')}`),
    footnotes: [],
  }));
  return [...front, ...body, ...footnoteDrafts(t), ...refs].map(({ pos: _pos, ...r }, order) => ({ ...r, order }));
}
