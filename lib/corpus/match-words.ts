/** Word-level matching helpers for footnote ↔ bibliography resolution. */

const STOP = new Set(
  'a an and the of in on to for with as by from at is it its or into about under among between through than that this ed eds dc ny ma ca fl oh pa'.split(' '),
);

/** Lowercased, accent-free, punctuation-free significant words (curly/straight quotes and italics ignored). */
export function matchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w));
}

function levenshteinAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Equal, or one edit apart with the same first letter ("Viceroy"/"Viceroys", "Plans"/"Planes", "Wilson"/"Willson"). */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  return levenshteinAtMostOne(a, b);
}

/** Share of `needle` words found (exactly, else approximately) in `haystack`. */
export function coverage(needle: readonly string[], haystack: readonly string[], set: ReadonlySet<string> = new Set(haystack)): number {
  if (!needle.length) return 0;
  const hits = needle.filter((w) => set.has(w) || haystack.some((h) => similarWord(w, h))).length;
  return hits / needle.length;
}
