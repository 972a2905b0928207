import type { BibliographyEntry, FootnoteForm } from '@/lib/types';
import { matchCitation } from './bib-match';
import { citedPages } from './cited-pages';

export interface SourceResolution {
  n: number;
  form: FootnoteForm;
  sourceId: string | null;
  /** Every source the note cites (table notes cite several); `sourceId` is the first. */
  sourceIds: string[];
  pages: string | null;
  ibidOf: number | null;
  ibidDoubtful?: string;
  /** Why the note resolves to nothing; null when resolved. */
  reason: string | null;
  /** Parts of a multi-source (table) note that matched nothing although others did. */
  unmatchedParts?: string[];
}

export interface NoteInput {
  n: number;
  text: string;
  /** Section of the marker, used to flag an Ibid. that crosses a section start. */
  section?: string | null;
}

const IBID = /^\*?ibid\.?\*?(?:,?\s*(.+?))?[\s.]*$/i;
const TABLE_NOTE = /^Table\s+\d+\s+is\s+adapted\s+from\s+/i;

export function isIbid(text: string): boolean {
  return IBID.test(text.trim());
}

/** "Ibid." / "*Ibid.*, 51." → { page }; null when not an Ibid. */
export function parseIbid(text: string): { pages: string | null } | null {
  const m = IBID.exec(text.trim());
  return m ? { pages: m[1]?.replace(/\s+/g, '') || null } : null;
}

/** Full form names its publication (a year or a URL); a short form is "Author, Title, pages." */
export function citationForm(text: string): 'full' | 'short' {
  return /\b(1[89]\d\d|20\d\d)\b|https?:\/\//.test(text) ? 'full' : 'short';
}

/**
 * Resolves every note to a bibliography entry. Ibid. takes the previous note's source (and its page when it
 * names none) and is flagged `ibidDoubtful` after a table note or across a section start; short and full forms
 * are matched on author surname and title words; table notes ("Table 1 is adapted from A; B; C") resolve each part.
 */
export function resolveFootnoteSources(notes: readonly NoteInput[], bib: readonly BibliographyEntry[]): SourceResolution[] {
  const out: SourceResolution[] = [];
  for (const note of notes) {
    const text = note.text.trim();
    const prev = out[out.length - 1];
    const ibid = parseIbid(text);
    if (ibid) {
      const r: SourceResolution = { n: note.n, form: 'ibid', sourceId: null, sourceIds: [], pages: ibid.pages, ibidOf: prev?.n ?? null, reason: null };
      if (!prev) r.reason = 'Ibid. with no previous footnote';
      else if (!prev.sourceId) r.reason = `Ibid. of footnote ${prev.n}, which is unresolved`;
      else {
        r.sourceId = prev.sourceId;
        r.sourceIds = [prev.sourceId];
        r.pages = ibid.pages ?? prev.pages;
        const prevNote = notes[out.length - 1];
        if (prev.form === 'table-note') r.ibidDoubtful = `follows table note ${prev.n}, which cites ${prev.sourceIds.length} sources`;
        else if (note.section !== undefined && prevNote.section !== note.section) r.ibidDoubtful = `crosses a section start (footnote ${prev.n} is in ${prevNote.section ?? 'no section'}, this one in ${note.section ?? 'no section'})`;
      }
      out.push(r);
      continue;
    }
    const tableNote = TABLE_NOTE.exec(text);
    const parts = tableNote ? text.slice(tableNote[0].length).split(/;\s+/) : [text];
    const matches = parts.map((p) => matchCitation(p, bib));
    const ids = [...new Set(matches.flatMap((m) => (m.entry ? [m.entry.id] : [])))];
    const failed = matches.filter((m) => !m.entry);
    out.push({
      n: note.n,
      form: tableNote ? 'table-note' : citationForm(text),
      sourceId: ids[0] ?? null,
      sourceIds: ids,
      pages: tableNote ? null : citedPages(text),
      ibidOf: null,
      reason: ids.length ? null : (failed[0]?.reason ?? 'no citation found'),
      ...(ids.length && failed.length ? { unmatchedParts: parts.filter((_, i) => !matches[i].entry) } : {}),
    });
  }
  return out;
}
