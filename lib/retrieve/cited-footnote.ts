import { markerNumbers } from '../corpus/superscript';
import { splitSentences } from '../corpus/sentences';
import type { CorpusRecord } from '../types';
import { coverage, type QuestionTerm } from './question-terms';
import { termBag } from './sentence-bags';
import type { WordSimilarity } from './word-similarity';

/**
 * The footnote on the sentence of a passage that best covers a source question ("Which source is
 * cited for the Lancero course?"): a marker inside the sentence, or else the next one after it
 * (a footnote at the end of a run of sentences covers them). Null when the passage has none.
 */
export function footnoteOnBestSentence(record: CorpusRecord, q: QuestionTerm[], sim?: WordSimilarity): number | null {
  if (record.kind !== 'passage' || !record.footnotes.length) return null;
  const sentences = splitSentences(record.text);
  let best = -1;
  let bestCov = 0;
  sentences.forEach((s, i) => {
    const cov = coverage(q, termBag(s.text), sim);
    if (cov > bestCov) [best, bestCov] = [i, cov];
  });
  if (best < 0) return null;
  const after = record.text.slice(sentences[best].start);
  return markerNumbers(after).find((n) => record.footnotes.includes(n)) ?? null;
}

/** Hits read for the claim a source question asks about: the claim is in one of the first few. */
const CLAIM_REACH = 3;

/**
 * For a source question, the footnote on the best sentence of the first passage among the top hits
 * comes right after that passage: the footnote names the source the question asks for. Other hits
 * move down; k stays.
 */
export function withCitedFootnote<T extends { record: CorpusRecord; score: number }>(
  hits: T[],
  q: QuestionTerm[],
  footnoteRecord: (doc: string, n: number) => CorpusRecord | undefined,
  sim?: WordSimilarity,
): T[] {
  const at = hits.slice(0, CLAIM_REACH).findIndex((h) => h.record.kind === 'passage');
  const claim = hits[at];
  const n = claim ? footnoteOnBestSentence(claim.record, q, sim) : null;
  const fn = n === null ? undefined : footnoteRecord(claim.record.doc, n);
  if (!fn || hits.slice(0, at + 2).some((h) => h.record.id === fn.id)) return hits;
  const rest = hits.filter((h) => h.record.id !== fn.id);
  return [...rest.slice(0, at + 1), { ...claim, record: fn }, ...rest.slice(at + 1)].slice(0, hits.length);
}
