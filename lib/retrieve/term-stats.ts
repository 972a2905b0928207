import type { Store } from '../index/load-store';
import { idf } from './bm25';
import type { TermStats } from './question-terms';
import { idTokens } from './tokenize';
import { terms } from './tokenize';
import { properNouns } from './proper-nouns';

const BODY_KINDS = new Set(['passage', 'abstract', 'table', 'table-row']);
const bodyTerms = new WeakMap<Store, Set<string>>();
const ids = new WeakMap<Store, Set<string>>();
const names = new WeakMap<Store, Set<string>>();

/** idf and document frequency over the store's lexical index, for weighing question terms. */
export function storeTermStats(store: Store): TermStats {
  let body = bodyTerms.get(store);
  if (!body) {
    body = new Set(store.records.filter((r) => BODY_KINDS.has(r.kind)).flatMap((r) => terms(r.searchText)));
    bodyTerms.set(store, body);
  }
  const inBody = body;
  let idSet = ids.get(store);
  if (!idSet) ids.set(store, (idSet = new Set(store.records.flatMap((r) => idTokens(r.searchText)))));
  const known = idSet;
  let nameSet = names.get(store);
  if (!nameSet) names.set(store, (nameSet = properNouns(store.records.filter((r) => BODY_KINDS.has(r.kind)).map((r) => r.searchText))));
  const proper = nameSet;
  return {
    idf: (term) => idf(store.lexical, term),
    df: (term) => store.lexical.df.get(term) ?? 0,
    vocabulary: () => store.lexical.df.keys(),
    inBody: (term) => inBody.has(term),
    hasId: (id) => known.has(id),
    isName: (term) => proper.has(term),
  };
}
