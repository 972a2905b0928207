import { splitSentences } from '../corpus/sentences';
import { tableRowSpans } from '../corpus/table-rows';
import type { CorpusRecord } from '../types';
import type { TermBag } from './question-terms';
import { contentWords, idTokens, terms } from './tokenize';
import { REASON_CUE } from './reason-cue';

/**
 * A record's sentences (a table's rows, read with the table title and column names) as bags of
 * terms and words, with the section title. A sentence is read with its neighbours and the title;
 * a table row with the title only.
 */
export interface SentenceBags {
  /** With whether each gives a reason (for why-questions). */
  sentences: (TermBag & { reason?: boolean })[];
  title: TermBag;
  /** Whether neighbouring sentences belong to one another's context (prose, not table rows). */
  neighbours: boolean;
}

/** Shorter fragments ("Ibid.", a heading) say nothing on their own. */
const MIN_WORDS = 4;


const cache = new WeakMap<CorpusRecord, SentenceBags>();

export function termBag(text: string): TermBag {
  return { terms: new Set([...terms(text), ...idTokens(text)]), words: new Set(contentWords(text)) };
}

/** Computed once per record. */
export function sentenceBags(record: CorpusRecord): SentenceBags {
  const cached = cache.get(record);
  if (cached) return cached;
  const title = termBag(record.sectionTitle ?? '');
  let out: SentenceBags;
  if (record.kind === 'bibliography') out = { sentences: [], title, neighbours: false };
  else if (record.kind === 'table' || record.kind === 'table-row') {
    const rows = record.kind === 'table' ? tableRowSpans(record).map((r) => r.reads ?? r.text) : [record.searchText];
    out = { sentences: rows.map(termBag), title, neighbours: false };
  } else {
    const sentences = splitSentences(record.searchText)
      .filter((s) => s.text.split(/\s+/).length >= MIN_WORDS)
      .map((s) => ({ ...termBag(s.text), reason: REASON_CUE.test(s.text) }));
    out = { sentences, title, neighbours: true };
  }
  cache.set(record, out);
  return out;
}
