import { MARK_CLOSE, MARK_OPEN, type Block, type ParseOptions, type ParseState } from './ast';
import { parseInline } from './inline';

const LIST_ITEM = /^\s{0,3}(?:([-*•+])|(\d{1,3})[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s{0,3}```/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const SENTINELS = new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, 'g');

/** Splits text into Markdown blocks (paragraphs, headings, lists, quotes, code, tab-separated tables). */
function parseBlocks(lines: string[], state: ParseState): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  const bare = (l: string) => l.replace(SENTINELS, '');
  while (i < lines.length) {
    const line = lines[i];
    const plain = bare(line);
    let m: RegExpExecArray | null;
    if (!plain.trim()) {
      i++;
    } else if (FENCE.test(plain)) {
      const body: string[] = [];
      for (i++; i < lines.length && !FENCE.test(bare(lines[i])); i++) body.push(bare(lines[i]));
      i++;
      blocks.push({ type: 'code', text: body.join('\n') });
    } else if ((m = HEADING.exec(line))) {
      blocks.push({ type: 'heading', level: m[1].length, children: parseInline(m[2], state) });
      i++;
    } else if (QUOTE.test(plain)) {
      const body: string[] = [];
      for (; i < lines.length && QUOTE.test(bare(lines[i])); i++) body.push(QUOTE.exec(lines[i])?.[1] ?? '');
      blocks.push({ type: 'quote', children: parseBlocks(body, state) });
    } else if (LIST_ITEM.test(line)) {
      const first = LIST_ITEM.exec(line)!;
      const ordered = !!first[2];
      const items: string[] = [];
      for (; i < lines.length && bare(lines[i]).trim(); i++) {
        const item = LIST_ITEM.exec(lines[i]);
        if (item && !!item[2] === ordered) items.push(item[3]);
        else if (item) break;
        else items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      blocks.push({ type: 'list', ordered, start: ordered ? Number(first[2]) : 1, items: items.map((t) => parseInline(t, state)) });
    } else if (plain.includes('\t')) {
      const rows: string[] = [];
      for (; i < lines.length && bare(lines[i]).includes('\t'); i++) rows.push(lines[i]);
      blocks.push({ type: 'table', rows: rows.map((r) => r.split('\t').map((cell) => parseInline(cell, state))) });
    } else {
      const body: string[] = [];
      for (; i < lines.length && bare(lines[i]).trim(); i++) {
        const next = bare(lines[i]);
        if (body.length && (HEADING.test(next) || FENCE.test(next) || LIST_ITEM.test(next) || next.includes('\t'))) break;
        body.push(lines[i]);
      }
      blocks.push({ type: 'p', children: parseInline(body.join('\n'), state) });
    }
  }
  return blocks;
}

/** Parses Markdown text into blocks. Never produces HTML: unknown syntax stays literal text. */
export function parseMarkdown(text: string, opts: ParseOptions = {}): Block[] {
  return parseBlocks(text.replace(/\r\n?/g, '\n').split('\n'), { marked: false, opts });
}

/** Wraps the given [start, end) ranges of `text` in highlight sentinels (overlaps merged, out-of-range ignored). */
export function withMarks(text: string, ranges: readonly { start: number; end: number }[]): string {
  const sorted = ranges
    .filter((r) => r.start >= 0 && r.end > r.start && r.end <= text.length)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (r.end <= start) continue;
    out += text.slice(at, start) + MARK_OPEN + text.slice(start, r.end) + MARK_CLOSE;
    at = r.end;
  }
  return out + text.slice(at);
}
