import type { Store } from '../index/load-store';
import { terms } from './tokenize';
import { storeTermStats } from './term-stats';
import { findAliases } from './aliases';

/**
 * Questions typed fast misspell the words they ask with: "who is the auther", "what did the thesus
 * conclude". A word of six letters or more that the thesis never uses, one edit away from exactly
 * one of the words about the document (two edits for words of eight letters or more), is read as
 * that word. Only those: corrected toward any word of the thesis, correctly spelt words it does not
 * use became others ("testified" → "justified", "founded" → "wounded"), which cost eval answers.
 * Capitalised words are names and stay as typed, as does a word whose stem the thesis uses.
 */
const MIN_LENGTH = 6;
const LONG = 8;

/** Words about the document itself, which questions ask with ("Who is the author?", "What did the thesis conclude?"). */
const DOCUMENT_WORDS = 'author thesis chapter section footnote footnotes bibliography citation citations conclusion argument hypothesis research summary abstract table tables written wrote';

/** The words about the document, which a misspelt question word may stand for. */
const TARGETS: ReadonlyMap<string, number> = new Map(DOCUMENT_WORDS.split(' ').map((w) => [w, 1]));

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length];
}

/** The corpus word a misspelt word stands for, or null when it is spelt as the thesis spells it, or stands for none or several. */
export function correction(word: string, counts: ReadonlyMap<string, number>): string | null {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH || !/^[a-z]+$/.test(w) || counts.has(w)) return null;
  const max = w.length >= LONG ? 2 : 1;
  let best: string[] = [];
  let bestDistance = max + 1;
  for (const c of counts.keys()) {
    if (Math.abs(c.length - w.length) > max) continue;
    const d = editDistance(w, c, max);
    if (d < bestDistance) [best, bestDistance] = [[c], d];
    else if (d === bestDistance) best.push(c);
  }
  return best.length === 1 && bestDistance <= max ? best[0] : null;
}

/**
 * A name is misspelt by one letter at most, never its first or last ("Bogata", "Poncho Villa",
 * "Operation Martilo"); a changed ending is another form of a word ("Allied" is not "Allies").
 */
export function nameCorrection(word: string, names: ReadonlyMap<string, string>): string | null {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH || !/^[a-z]+$/.test(w) || names.has(w)) return null;
  const near = [...names.keys()].filter((n) => n[0] === w[0] && n.at(-1) === w.at(-1) && Math.abs(n.length - w.length) <= 1 && editDistance(w, n, 1) === 1);
  return near.length === 1 ? names.get(near[0])! : null;
}

const namesCache = new WeakMap<Store, Map<string, string>>();

/** The names the thesis writes (capitalised words inside a sentence, and acronyms), folded, with the spelling it uses. */
export function thesisNames(store: Pick<Store, 'records'>): Map<string, string> {
  let names = namesCache.get(store as Store);
  if (!names) {
    names = new Map();
    for (const r of store.records) {
      for (const m of r.text.matchAll(/(?<=[a-z,;:]\s)[A-Z][a-z]+\b|\b[A-Z]{4,}\b/g)) if (!names.has(m[0].toLowerCase())) names.set(m[0].toLowerCase(), m[0]);
    }
    namesCache.set(store as Store, names);
  }
  return names;
}

/** The question with its misspelt words read as the thesis's ("who is the auther" → "who is the author", "Bogata" → "Bogota"). */
export function correctSpelling(question: string, store: Store): string {
  const stats = storeTermStats(store);
  const cased = question !== question.toLowerCase();
  // An alias's words ("Rio Grande", "coke") are read as its expansion, not corrected to a thesis name ("Grade").
  // (Looked up only for a word the thesis does not use.)
  let aliased: Set<string> | undefined;
  const isAliased = (word: string) => (aliased ??= new Set(findAliases(question).flatMap((a) => a.alias.split(/[\s-]+/)))).has(word.toLowerCase());
  return question.replace(/[A-Za-z]+/g, (word) => {
    // A word whose stem the thesis uses ("author" beside "authors") is spelt right.
    if (terms(word).some((t) => stats.df(t) > 0) || isAliased(word)) return word;
    // A name the thesis never writes, one letter from one it does, is that one.
    const name = nameCorrection(word, thesisNames(store));
    if (name) return /^[A-Z]/.test(word) || !cased ? name : word;
    if (cased && /^[A-Z]/.test(word)) return word;
    const fixed = correction(word, TARGETS);
    if (!fixed) return word;
    return word[0] === word[0].toUpperCase() ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
  });
}
