/** Unicode superscript digits, used by the thesis for footnote markers (subscripts such as `H₁` are not markers). */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A run of superscript digits; exported for building other patterns. */
export const SUPERSCRIPT_RUN = '[⁰¹²³⁴⁵⁶⁷⁸⁹]+';

export interface Marker {
  n: number;
  /** Offset of the first superscript digit. */
  start: number;
  /** Offset just after the last superscript digit. */
  end: number;
}

export function isSuperscriptDigit(ch: string): boolean {
  return ch.length === 1 && SUPERSCRIPT_DIGITS.includes(ch);
}

/** `¹⁰⁵` → 105. Throws on anything that is not a superscript-digit run. */
export function superscriptToNumber(run: string): number {
  let n = 0;
  for (const ch of run) {
    const d = SUPERSCRIPT_DIGITS.indexOf(ch);
    if (d < 0) throw new Error(`not a superscript digit: ${JSON.stringify(ch)}`);
    n = n * 10 + d;
  }
  return n;
}

/** 105 → `¹⁰⁵`. */
export function toSuperscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT_DIGITS[Number(d)])
    .join('');
}

/** Every footnote marker in `text`, in order. */
export function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(new RegExp(SUPERSCRIPT_RUN, 'g'))) {
    out.push({ n: superscriptToNumber(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Footnote numbers found in `text`, in order of appearance, without duplicates. */
export function markerNumbers(text: string): number[] {
  return [...new Set(findMarkers(text).map((m) => m.n))];
}

export function stripMarkers(text: string): string {
  return text.replace(new RegExp(SUPERSCRIPT_RUN, 'g'), '');
}
