import { corpusIndex, footnoteSource, type CitationCorpus } from '../../cite/corpus-index';
import { inPart, partReference } from '../../retrieve/part-reference';
import type { CorpusRecord } from '../../types';
import { describeEntry } from './source-note';

/** "Which footnotes use Ibid.?", "Which claims rely on Ibid. in Chapter II?": the claims whose footnote is an Ibid. */
export function asksIbid(question: string): boolean {
  return /\bibid\b/i.test(question) && /\b(?:which|what|where|show|list|find)\b/i.test(question);
}

/** Ibid. footnotes in an answer. */
export const IBID_CLAIMS = 4;

/** The Ibid. footnotes (in the part the question names, if any), in thesis order, with the record carrying each marker. */
export function ibidNotes(question: string, corpus: CitationCorpus, records: CorpusRecord[]): { n: number; record: CorpusRecord }[] {
  const part = partReference(question);
  const out: { n: number; record: CorpusRecord }[] = [];
  for (const f of corpus.footnotes) {
    if (f.form !== 'ibid') continue;
    const record = records.find((r) => r.kind !== 'footnote' && r.footnotes.includes(f.n) && (!part || inPart(part, r.kind, r.section)));
    if (record) out.push({ n: f.n, record });
    if (out.length >= IBID_CLAIMS) break;
  }
  return out;
}

/** "Footnote 63 is “Ibid., 18.”: it cites Graham H. Turbiville Jr., “…” (2010), as the note before it does." */
export function ibidNote(n: number, corpus: CitationCorpus): string | null {
  const index = corpusIndex(corpus);
  const footnote = index.footnotes.get(n);
  const entry = footnote ? footnoteSource(index, footnote) : null;
  if (!footnote || !entry) return null;
  return `Footnote ${n} is “${footnote.text.replace(/\*/g, '').trim()}”: it cites ${describeEntry(entry)}, as the note before it does.`;
}
