import type { Store } from '../index/load-store';
import { idf } from './bm25';
import type { TermStats } from './question-terms';
import { idTokens, terms, words } from './tokenize';
import { properNouns } from './proper-nouns';

const BODY_KINDS = new Set(['passage', 'abstract', 'table', 'table-row']);
const cache = new WeakMap<Store, TermStats>();

const phraseWords = (text: string) =>
  words(text)
    .filter((w) => w.length > 1)
    .join(' ');

/** idf and document frequency over the store's lexical index, for weighing question terms; built once per store. */
export function storeTermStats(store: Store): TermStats {
  const cached = cache.get(store);
  if (cached) return cached;
  const bodyTexts = store.records.filter((r) => BODY_KINDS.has(r.kind)).map((r) => r.searchText);
  const inBody = new Set(bodyTexts.flatMap((t) => terms(t)));
  const ids = new Set(store.records.flatMap((r) => idTokens(r.searchText)));
  const names = properNouns(bodyTexts);
  // The body's words in a row, folded, initials left out ("Brian S. Curry" has "Brian Curry"), for phrase lookups (~0.3 MB).
  const body = ` ${bodyTexts.map(phraseWords).join(' | ')} `;
  const stats: TermStats = {
    idf: (term) => idf(store.lexical, term),
    df: (term) => store.lexical.df.get(term) ?? 0,
    vocabulary: () => store.lexical.df.keys(),
    inBody: (term) => inBody.has(term),
    // "C-130" and "UH-1" name the airframes of the thesis's "C-130J" and "UH-1H".
    hasId: (id) => ids.has(id) || (/\d$/.test(id) && [...ids].some((known) => known.length === id.length + 1 && known.startsWith(id) && /[a-z]$/.test(known))),
    isName: (term) => names.has(term),
    hasPhrase: (phrase) => body.includes(` ${phraseWords(phrase)} `),
  };
  cache.set(store, stats);
  return stats;
}
