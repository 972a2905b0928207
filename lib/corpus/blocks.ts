/** Groups of consecutive non-empty lines (blank lines separate groups). */
export interface Block {
  lines: string[];
  /** 0-based index of the first line in the source. */
  line: number;
}

export function splitBlocks(lines: readonly string[], from = 0, to = lines.length): Block[] {
  const out: Block[] = [];
  let cur: Block | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i].replace(/\s+$/, (s) => (s.includes('\t') ? s.replace(/[^\t]/g, '') : ''));
    if (!line.trim()) {
      cur = null;
      continue;
    }
    if (!cur) {
      cur = { lines: [], line: i };
      out.push(cur);
    }
    cur.lines.push(line);
  }
  return out;
}

export const BLANK_PAGE = 'THIS PAGE INTENTIONALLY LEFT BLANK';

export function isBlankPageMarker(line: string): boolean {
  return line.trim().toUpperCase() === BLANK_PAGE;
}
