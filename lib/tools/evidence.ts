import { citationOf } from '@/lib/cite/build-citations';
import { corpusIndex } from '@/lib/cite/corpus-index';
import { footnotesForQuote } from '@/lib/cite/footnotes';
import { citationLabel } from '@/lib/cite/label';
import { splitSentences } from '@/lib/corpus/sentences';
import type { Citation } from '@/lib/cite/types';
import type { Corpus, CorpusRecord } from '@/lib/types';

/** "Turbiville 2010, p. 4." for a passage of a cited source's own text. */
export function sourcePassageLabel(record: Pick<CorpusRecord, 'sectionTitle' | 'pages'>): string {
  return citationLabel({ kind: 'source-passage', sectionTitle: record.sectionTitle, pages: record.pages, section: null, footnotes: [] });
}

/**
 * A citation card for any record, shaped like the chat's citations: the verbatim quote, the thesis footnotes on it
 * resolved to the bibliography, and the label ("Thesis p. 17, §II.B; the thesis cites Turbiville 2010, p. 4.").
 */
export function evidenceCitation(corpus: Pick<Corpus, 'footnotes' | 'bibliography'>, record: CorpusRecord, quote: string, n = 1): Citation {
  const footnotes = record.kind === 'source-passage' ? [] : footnotesForQuote(record, quote, corpusIndex(corpus));
  return citationOf(record, [quote], footnotes, n);
}

export interface SentenceWindow {
  /** Verbatim span of the record text. */
  text: string;
  start: number;
  end: number;
}

/** Runs of 1..`size` consecutive sentences of a record's text (verbatim spans), for finding the best-supporting quote. */
export function sentenceWindows(text: string, size = 3): SentenceWindow[] {
  const spans = splitSentences(text);
  const out: SentenceWindow[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let j = i; j < Math.min(spans.length, i + size); j++) {
      out.push({ text: text.slice(spans[i].start, spans[j].end), start: spans[i].start, end: spans[j].end });
    }
  }
  return out.length ? out : [{ text, start: 0, end: text.length }];
}
