import type { CitationCorpus } from '../../cite/corpus-index';
import { foldText } from '../../retrieve/tokenize';
import { footnoteSourceIds } from '../../tools/cited-sources';
import type { BibliographyEntry, CorpusRecord } from '../../types';
import { inPart, partReference } from '../../retrieve/part-reference';

const NAME = "([A-Za-zÀ-ÿ'’-]+)";
const CITE = '(?:cite|cites|cited|citing|draw on|draws on|rely on|relies on|quote|quotes|quoted)';

/** "Which claims cite Turbiville?", "How many footnotes cite Ramsey?", "Where does the thesis cite Deare?", "How often is Coleman cited?" */
const ASKS = [
  new RegExp(`\\b(?:which|what) (?:claims?|sentences?|statements?|passages?|parts?|footnotes?|notes?|pages?)\\b[^?]*?\\b${CITE}\\s+(?:the\\s+)?${NAME}`, 'i'),
  new RegExp(`\\bhow (?:many|often)\\b[^?]*?\\b${CITE}\\s+(?:the\\s+)?${NAME}`, 'i'),
  new RegExp(`\\b(?:where|when|for what|what for) (?:does|do|did) (?:the thesis|the author|it|he) ${CITE}\\s+${NAME}`, 'i'),
  new RegExp(`\\bwhat (?:does|do|did) (?:the thesis|the author|it|he) ${CITE}\\s+${NAME}\\S* for\\b`, 'i'),
  new RegExp(`\\bhow (?:many times|often) (?:is|are|was|were) ${NAME}\\S* ${CITE}\\b`, 'i'),
];

/** The author a question asks the thesis's citations of, as written ("Turbiville"); null for other questions. */
export function askedCitedAuthor(question: string): string | null {
  for (const re of ASKS) {
    const m = re.exec(question);
    // The author is a name: "cite the Mérida Initiative" names no author, "cite them" none at all.
    if (m && /^[A-ZÀ-Þ]/.test(m[1])) return m[1].replace(/['’]s$/, '');
  }
  return null;
}

/** Whether an entry is by that author (a surname, or any word of the author's name). */
export function byAuthor(entry: Pick<BibliographyEntry, 'authors'>, name: string): boolean {
  const want = foldText(name);
  return entry.authors.some((a) => foldText(a).split(/[^a-z]+/).includes(want));
}

/** The thesis's footnotes citing any work by the author, in order. */
export function footnotesCiting(corpus: CitationCorpus, name: string): number[] {
  const ids = new Set(corpus.bibliography.filter((b) => byAuthor(b, name)).map((b) => b.id));
  if (!ids.size) return [];
  return corpus.footnotes.filter((f) => footnoteSourceIds(corpus, f.n).some((id) => ids.has(id))).map((f) => f.n);
}

/** Records carrying the markers of the footnotes citing the author (in the part the question names, if any), in thesis order. */
export function citingRecords(question: string, name: string, corpus: CitationCorpus, records: CorpusRecord[]): CorpusRecord[] {
  const notes = new Set(footnotesCiting(corpus, name));
  const part = partReference(question);
  return records.filter(
    (r) => !['footnote', 'bibliography', 'table-row'].includes(r.kind) && r.footnotes.some((n) => notes.has(n)) && (!part || inPart(part, r.kind, r.section)),
  );
}
