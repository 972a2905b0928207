import { MARK_CLOSE, MARK_OPEN, type Inline, type ParseState } from './ast';

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const PUNCT = /[\\`*_{}[\]()#+\-.!<>|"'~$&]/;

/** Only web and mail links, or site-relative paths, become hrefs; anything else stays text. */
export function safeHref(url: string): string | null {
  const u = url.trim();
  if (/^(https?:\/\/|mailto:)/i.test(u)) return u;
  if (u.startsWith('/') && !u.startsWith('//')) return u;
  return null;
}

/** Characters that may start something other than plain text. */
const SPECIAL = new Set([MARK_OPEN, MARK_CLOSE, '\\', '`', '*', '_', '[', '<', 'h', ...Object.keys(SUPERSCRIPT)]);

const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

const text = (t: string, state: ParseState): Inline => (state.marked ? { type: 'text', text: t, marked: true } : { type: 'text', text: t });

/** Index of the closing delimiter for emphasis opened at `from`, or -1. */
function closing(src: string, from: number, delim: string): number {
  for (let j = src.indexOf(delim, from); j >= 0; j = src.indexOf(delim, j + 1)) {
    if (j === from || /\s/.test(src[j - 1]) || src[j - 1] === '\\') continue;
    if (delim === '_' && isWord(src[j + 1])) continue;
    if (delim === '*' && src[j + 1] === '*' && src[j + 2] !== '*') continue; // leave ** to strong
    return j;
  }
  return -1;
}

/** Parses inline Markdown into nodes; highlight sentinels toggle `state.marked` as they are met. */
export function parseInline(src: string, state: ParseState): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push(text(buf, state));
    buf = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (!SPECIAL.has(c)) {
      buf += c;
      i++;
      continue;
    }
    const rest = src.slice(i, i + 2048);
    let m: RegExpExecArray | null;
    if (c === MARK_OPEN || c === MARK_CLOSE) {
      flush();
      state.marked = c === MARK_OPEN;
      i++;
    } else if (c === '\\' && PUNCT.test(src[i + 1] ?? '')) {
      buf += src[i + 1];
      i += 2;
    } else if (SUPERSCRIPT[c]) {
      let digits = '';
      while (SUPERSCRIPT[src[i]]) digits += SUPERSCRIPT[src[i++]];
      flush();
      out.push(state.marked ? { type: 'fnref', n: Number(digits), marked: true } : { type: 'fnref', n: Number(digits) });
    } else if (c === '`' && (m = /^`([^`\n]+)`/.exec(rest))) {
      flush();
      out.push(state.marked ? { type: 'code', text: m[1], marked: true } : { type: 'code', text: m[1] });
      i += m[0].length;
    } else if (rest.startsWith('**') && !/\s/.test(src[i + 2] ?? ' ') && src.indexOf('**', i + 3) > 0) {
      const end = src.indexOf('**', i + 3);
      flush();
      out.push({ type: 'strong', children: parseInline(src.slice(i + 2, end), state) });
      i = end + 2;
    } else if ((c === '*' || (c === '_' && !isWord(src[i - 1]))) && !/\s/.test(src[i + 1] ?? ' ') && closing(src, i + 1, c) > 0) {
      const end = closing(src, i + 1, c);
      flush();
      out.push({ type: 'em', children: parseInline(src.slice(i + 1, end), state) });
      i = end + 1;
    } else if (c === '[' && state.opts.citations && (m = /^\[(\d{1,3})\]/.exec(rest))) {
      flush();
      out.push({ type: 'cite', n: Number(m[1]) });
      i += m[0].length;
    } else if (c === '[' && (m = /^\[([^\]\n]+)\]\(([^)\s]+)\)/.exec(rest)) && safeHref(m[2])) {
      flush();
      out.push({ type: 'link', href: safeHref(m[2])!, children: parseInline(m[1], state) });
      i += m[0].length;
    } else if (c === '<' && (m = /^<((?:https?:\/\/|mailto:)[^>\s]+)>/i.exec(rest))) {
      flush();
      out.push({ type: 'link', href: m[1], children: [text(m[1], state)] });
      i += m[0].length;
    } else if (c === 'h' && !isWord(src[i - 1]) && (m = /^https?:\/\/[^\s<>"”’)\]]+/.exec(rest))) {
      const url = m[0].replace(/[.,;:!?'"]+$/, '');
      flush();
      out.push({ type: 'link', href: url, children: [text(url, state)] });
      i += url.length;
    } else {
      buf += c;
      i++;
    }
  }
  flush();
  return out;
}
