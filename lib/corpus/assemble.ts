import type { BodyElement } from './body';
import type { FootnoteDef } from './footnote-defs';
import type { FlowToken } from './page-bounds';
import { joinFragments, shouldJoin } from './paragraph-join';
import type { ParsedTable } from './tables';

export interface AssembledParagraph {
  text: string;
  section: string | null;
  /** Offsets in `text` where a page break falls (a rejoined cut). */
  breaks: number[];
  /** Flow keys of the fragments, in order. */
  keys: number[];
  /** 0-based source line of the first fragment. */
  line: number;
  /** Reading position (element index). */
  pos: number;
}

export interface AssembledFootnotes {
  notes: FootnoteDef[];
  key: number;
  /** Section whose text the block sits in (not necessarily where the markers are). */
  section: string | null;
}

export interface AssembledTable {
  table: ParsedTable;
  key: number;
  section: string | null;
  pos: number;
}

export interface AssembledBody {
  paragraphs: AssembledParagraph[];
  footnoteBlocks: AssembledFootnotes[];
  tables: AssembledTable[];
  tokens: FlowToken[];
  /** Ids of TOC entries preceded by a blank page. */
  blankBefore: Set<string>;
}

/** Rejoins cut paragraphs, attaches everything to its section and emits the page-flow tokens. */
export function assembleBody(elements: readonly BodyElement[], tablePages: ReadonlyMap<number, number>): AssembledBody {
  const out: AssembledBody = { paragraphs: [], footnoteBlocks: [], tables: [], tokens: [], blankBefore: new Set() };
  let key = 0;
  let section: string | null = null;
  let open: AssembledParagraph | null = null;
  elements.forEach((el, pos) => {
    if (el.type === 'footnotes') {
      out.footnoteBlocks.push({ notes: el.notes, key: ++key, section });
      out.tokens.push({ kind: 'content', key }, { kind: 'break' });
      return; // a footnote block does not close the open paragraph
    }
    if (el.type === 'text') {
      if (open && shouldJoin(open.text, el.text)) {
        const { text, breakAt } = joinFragments(open.text, el.text);
        open.text = text;
        open.breaks.push(breakAt);
        open.keys.push(++key);
        out.tokens.push({ kind: 'break' }, { kind: 'content', key });
        return;
      }
      open = { text: el.text, section, breaks: [], keys: [++key], line: el.line, pos };
      out.paragraphs.push(open);
      out.tokens.push({ kind: 'content', key });
      return;
    }
    open = null;
    if (el.type === 'heading') {
      if (el.entry.level === 1) {
        if (elements[pos - 1]?.type === 'blank') out.blankBefore.add(el.entry.id);
        out.tokens.push({ kind: 'break' });
      }
      out.tokens.push({ kind: 'anchor', page: el.entry.page, label: `heading ${el.entry.id}` });
      section = el.entry.id;
    } else if (el.type === 'table') {
      const page = tablePages.get(el.table.n);
      if (page !== undefined) out.tokens.push({ kind: 'anchor', page, label: `Table ${el.table.n}` });
      out.tables.push({ table: el.table, key: ++key, section, pos });
      out.tokens.push({ kind: 'content', key });
    } else {
      out.tokens.push({ kind: 'break' }, { kind: 'content', key: ++key }, { kind: 'break' });
    }
  });
  return out;
}
