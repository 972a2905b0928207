import { cleanDisplayText } from './normalize';
import { superscriptToNumber } from './superscript';

/** A footnote as printed at the foot of a page: `¹⁰⁵ Table 1 is adapted from …`. */
export interface FootnoteDef {
  n: number;
  /** Display text (marker removed, `\$` → `$`). */
  text: string;
  /** 0-based source line. */
  line: number;
}

const DEF_START = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/;

export function isFootnoteDefLine(line: string): boolean {
  return DEF_START.test(line.trim());
}

/** Footnote definitions in a block of lines; a line that does not start with a marker continues the previous one. */
export function parseFootnoteDefs(lines: readonly string[], firstLine = 0): FootnoteDef[] {
  const out: FootnoteDef[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const m = DEF_START.exec(line);
    if (m) out.push({ n: superscriptToNumber(m[1]), text: cleanDisplayText(m[2].trim()), line: firstLine + i });
    else if (out.length && line) out[out.length - 1].text += ` ${cleanDisplayText(line)}`;
  });
  return out;
}

/** Footnote definitions anywhere in a text (each starting a line with superscript digits). */
export function parseFootnotes(text: string): FootnoteDef[] {
  const lines = text.split('\n');
  const out: FootnoteDef[] = [];
  lines.forEach((line, i) => {
    if (isFootnoteDefLine(line)) out.push(...parseFootnoteDefs([line], i));
  });
  return out;
}
