import { foldText, isStopword, stem } from './tokenize';

/** Capitalised occurrences a word needs, and the share of its mid-sentence occurrences they must be, to count as a name. */
const MIN_CAPITALISED = 1;
const NAME_SHARE = 0.9;

/**
 * The corpus's names, as stemmed terms: words it writes with a capital in mid-sentence (nearly)
 * every time ("Vietnam", "Mexico", "Korea"). A question typed in lowercase ("did colombia fight
 * in vietnam") names them as surely as one with capitals.
 */
export function properNouns(texts: Iterable<string>): Set<string> {
  const capital = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=[^.!?:;"“(\s]\s+)([A-Za-zÀ-ÿ]+)/g)) {
      const word = m[1];
      const key = foldText(word);
      if (key.length < 3 || isStopword(key)) continue;
      const map = /^[A-ZÀ-Þ]/.test(word) ? capital : lower;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [word, n] of capital) if (n >= MIN_CAPITALISED && n / (n + (lower.get(word) ?? 0)) >= NAME_SHARE) out.add(stem(word));
  return out;
}
