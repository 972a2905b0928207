import type { CorpusRecord } from '../types';
import { answerClaims } from './claims';
import { corpusIndex, type CitationCorpus } from './corpus-index';
import { footnotesForQuote } from './footnotes';
import { chapterLine, citationLabel, locationLine } from './label';
import { renumberMarkers } from './markers';
import { pickQuotes } from './pick-quote';
import type { Citation, CitedAnswer, NumberedPassage } from './types';
import { verifyClaims } from './verify';
import { footnotesCitingEach } from '../tools/cited-sources';
import { bibliographyKinds, kindCount, kindCountLine, spanLine } from '../tools/source-kinds';
import { chapterOf } from '../corpus/chapter-of';

/**
 * The evidence a citation offers a claim: the record plus the thesis footnotes and sources on it
 * (all of the record's, not only the quote's: several answer sentences may cite one record).
 */
function evidenceText(record: CorpusRecord, footnotes: Citation['footnotes'], corpus: CitationCorpus): string {
  const citing = footnotesCitingEach(corpus);
  // "is cited in 31 of the thesis's 187 footnotes" (the most-cited answer) is checked against this.
  const cited = (id: string) => `It is cited in ${citing.get(id)?.length ?? 0} of the thesis's ${corpus.footnotes.length} footnotes.`;
  const notes = footnotes.map((f) => `Thesis footnote ${f.n}${f.pages ? ` (p. ${f.pages})` : ''} cites: ${f.text}\n${f.source ? `Bibliography entry: ${f.source.text} ${cited(f.source.id)}` : ''}`);
  // "No footnote in this paragraph for 1933." (the citation audit's answer) is checked against this.
  const bare = (corpus.paragraphs ?? []).filter((p) => p.section && !p.footnotes.length && record.text.includes(p.text.slice(0, 80)));
  // "That is in §III.C “World War II to the War on Drugs” (pp. 46–47)." (the answer to where the thesis discusses something) is checked against this.
  const where = record.kind === 'footnote' || record.kind === 'bibliography' ? [] : [`This passage is in ${locationLine(record)}.`];
  // "That is in Chapter II, “Evaluating Cooperation …” (pp. 15–37)." (the answer to which chapter discusses something) is checked against this.
  const chapter = record.kind === 'passage' ? corpus.sections?.find((x) => x.id === chapterOf(record.section)) : undefined;
  if (chapter) where.push(`This passage is in ${chapterLine(chapter)}.`);
  // "The thesis's bibliography lists 24 newspaper and news-service articles." (the answer listing works of a kind) is checked against this.
  const kind = record.kind === 'bibliography' ? bibliographyKinds(corpus.bibliography).get(record.id) : undefined;
  if (kind) where.push(`This entry is one of them: ${kindCountLine(kind, kindCount(corpus.bibliography, kind))}`);
  // "The thesis's bibliography dates its entries from 1938 to 2017." (the answer naming its oldest or newest work) is checked against this.
  const span = record.kind === 'bibliography' ? spanLine(corpus.bibliography) : null;
  if (span) where.push(span);
  return [record.text, ...where, ...notes, ...bare.map((p) => `No footnote in this paragraph: ${p.text}`)].join('\n');
}

/**
 * Turns model output with passage-number markers into a cited answer: drops markers that do not
 * resolve, renumbers the rest in order of first use, quotes each cited record verbatim, attaches
 * the thesis footnotes on the quote (resolved to the bibliography) and verifies every sentence.
 */
export function buildCitedAnswer(
  rawText: string,
  passages: NumberedPassage[],
  corpus: CitationCorpus,
): CitedAnswer {
  const { text: answer, passages: order } = renumberMarkers(rawText.trim(), passages.length);
  const claims = answerClaims(answer);
  const index = corpusIndex(corpus);
  const citations: Citation[] = order.map((passageNo, i) => {
    const n = i + 1;
    const record = passages[passageNo - 1].record;
    const using = claims.filter((c) => c.citations.includes(n)).map((c) => c.text);
    const quotes = pickQuotes(record, using, index);
    const footnotes = quotes.flatMap((q) => footnotesForQuote(record, q, index)).filter((f, j, all) => all.findIndex((g) => g.n === f.n) === j);
    return citationOf(record, quotes, footnotes, n);
  });
  // Verification asks for a citation's evidence once per sentence and per pairing: build each once.
  const evidence = new Map<number, string>();
  const { sentences, verification } = verifyClaims(claims, (n) => {
    let text = evidence.get(n);
    if (text === undefined) {
      const record = passages[order[n - 1] - 1].record;
      evidence.set(n, (text = evidenceText(record, footnotesForQuote(record, record.text, index), corpus)));
    }
    return text;
  });
  return { answer, citations, sentences, verification };
}

/** One citation of `record` with its verbatim quotes and the thesis footnotes on them, labelled for print. */
export function citationOf(record: CorpusRecord, quotes: string[], footnotes: Citation['footnotes'], n: number): Citation {
  const base = { section: record.section, pages: record.pages, footnotes };
  return {
    n,
    id: record.id,
    kind: record.kind,
    sectionTitle: record.sectionTitle,
    quote: quotes[0],
    quotes,
    ...base,
    label: citationLabel({ ...base, kind: record.kind, sectionTitle: record.sectionTitle }),
  };
}
