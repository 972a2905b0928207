import { corpusIndex, footnoteSource } from '../../cite/corpus-index';
import { footnotesForQuote } from '../../cite/footnotes';
import type { Corpus, CorpusRecord } from '../../types';
import { answerText } from './clean-text';

function withoutUrls(text: string): string {
  return text
    .replace(/,?\s*<?(?:https?|ftp):\/\/[^\s>]+>?/g, '')
    .replace(/\s+([.,;])/g, '$1')
    .trim();
}

/**
 * For "which source does the thesis cite" questions: a sentence relaying the thesis's own footnote
 * on a quoted sentence (its text verbatim, or for Ibid. the bibliography entry it points to).
 */
export function sourceNote(
  record: CorpusRecord,
  rawSentence: string,
  corpus: Pick<Corpus, 'footnotes' | 'bibliography'>,
): string | null {
  if (record.kind === 'footnote' || record.kind === 'bibliography') return null;
  const index = corpusIndex(corpus);
  const [fn] = footnotesForQuote(record, rawSentence, index);
  if (!fn) return null;
  const footnote = index.footnotes.get(fn.n);
  const own = withoutUrls(answerText(fn.text)).replace(/\.$/, '');
  const isBare = footnote?.form === 'ibid' || own.length < 25;
  const entry = footnote ? footnoteSource(index, footnote) : null;
  if (isBare && entry) return `The thesis's footnote ${fn.n} (${own}) refers to ${withoutUrls(answerText(entry.text)).replace(/\.$/, '')}.`;
  return `The thesis's footnote ${fn.n} cites ${own}.`;
}
