import type { PageRange } from '@/lib/types';
import { wordCount } from './normalize';
import { splitSentences } from './sentences';

export interface ChunkOptions {
  /** Size aimed at when a long paragraph is split. */
  targetWords: number;
  /** Upper bound for a chunk (a single sentence longer than this stays whole). */
  maxWords: number;
  /** Chunks shorter than this merge with the next paragraph of the same section (or the previous one at the end). */
  minWords: number;
  /** Sentences of the previous chunk repeated at the start of the next one (within a section). */
  overlapSentences: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { targetWords: 160, maxWords: 250, minWords: 60, overlapSentences: 0 };

export interface ChunkParagraph {
  text: string;
  pages?: PageRange | null;
  /** Offsets in `text` where a page break falls. */
  breaks?: readonly number[];
}

/** A slice [start, end) of paragraph `paragraph`. */
export interface ChunkSpan {
  paragraph: number;
  start: number;
  end: number;
}

export interface Chunk {
  text: string;
  spans: ChunkSpan[];
  pages: PageRange | null;
  words: number;
}

export function resolveChunkOptions(options: Partial<ChunkOptions> = {}): ChunkOptions {
  const o = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  const ints = Object.entries(o).every(([, v]) => Number.isInteger(v) && v >= 0);
  if (!ints || o.targetWords < 1 || o.maxWords < o.targetWords || o.minWords > o.maxWords) {
    throw new Error(`invalid chunk options ${JSON.stringify(o)}: need integers with 1 ≤ targetWords ≤ maxWords and minWords ≤ maxWords`);
  }
  return o;
}

/** Page range of a slice of a paragraph, using the paragraph's range and its internal page breaks. */
export function spanPages(p: ChunkParagraph, start: number, end: number): PageRange | null {
  if (!p.pages) return null;
  const breaks = p.breaks ?? [];
  const lo = Math.min(p.pages.start + breaks.filter((b) => b <= start).length, p.pages.end);
  const hi = Math.max(p.pages.end - breaks.filter((b) => b >= end).length, lo);
  return { start: lo, end: hi };
}

type Unit = ChunkSpan[];

const unitWords = (paras: readonly ChunkParagraph[], u: Unit) => u.reduce((n, s) => n + wordCount(paras[s.paragraph].text.slice(s.start, s.end)), 0);

/** A long paragraph → sentence groups of about targetWords (balanced), each ≤ maxWords unless one sentence is longer. */
function splitParagraph(paras: readonly ChunkParagraph[], i: number, o: ChunkOptions): Unit[] {
  const text = paras[i].text;
  const sentences = splitSentences(text).map((s) => ({ ...s, words: wordCount(s.text) }));
  const total = sentences.reduce((n, s) => n + s.words, 0);
  const budget = total / Math.max(2, Math.round(total / o.targetWords), Math.ceil(total / o.maxWords));
  const groups: (typeof sentences)[] = [];
  let cur: typeof sentences = [];
  let words = 0;
  for (const s of sentences) {
    const closer = Math.abs(words + s.words - budget) <= Math.abs(words - budget);
    if (cur.length && (!closer || words + s.words > o.maxWords)) {
      groups.push(cur);
      cur = [];
      words = 0;
    }
    cur.push(s);
    words += s.words;
  }
  if (cur.length) groups.push(cur);
  return groups.map((g) => [{ paragraph: i, start: g[0].start, end: g[g.length - 1].end }]);
}

function render(paras: readonly ChunkParagraph[], spans: ChunkSpan[]): Chunk {
  const parts: string[] = [];
  let pages: PageRange | null = null;
  spans.forEach((s, k) => {
    const slice = paras[s.paragraph].text.slice(s.start, s.end).trim();
    const prev = spans[k - 1];
    if (prev && prev.paragraph === s.paragraph) parts[parts.length - 1] += ` ${slice}`;
    else parts.push(slice);
    const r = spanPages(paras[s.paragraph], s.start, s.end);
    if (r) pages = pages ? { start: Math.min(pages.start, r.start), end: Math.max(pages.end, r.end) } : r;
  });
  const text = parts.join('\n\n');
  return { text, spans, pages, words: wordCount(text) };
}

/** The last `n` sentences of a chunk, as spans. */
function tailSentences(paras: readonly ChunkParagraph[], spans: ChunkSpan[], n: number): ChunkSpan[] {
  const sentences = spans.flatMap((s) =>
    splitSentences(paras[s.paragraph].text)
      .filter((x) => x.start >= s.start && x.end <= s.end)
      .map((x) => ({ paragraph: s.paragraph, start: x.start, end: x.end })),
  );
  return sentences.slice(Math.max(0, sentences.length - n));
}

/**
 * Splits the paragraphs of ONE section into retrieval chunks (pure). Paragraph boundaries are preferred: each
 * paragraph is a chunk, a short one (< minWords) merges with the next while the result stays ≤ maxWords, a long
 * one (> maxWords) is split at sentence boundaries into pieces of about targetWords.
 */
export function chunkSection(paragraphs: readonly ChunkParagraph[], options?: Partial<ChunkOptions>): Chunk[] {
  const o = resolveChunkOptions(options);
  const units: Unit[] = [];
  paragraphs.forEach((p, i) => {
    const text = p.text.trim();
    if (!text) return;
    const start = p.text.indexOf(text);
    if (wordCount(text) > o.maxWords) units.push(...splitParagraph(paragraphs, i, o));
    else units.push([{ paragraph: i, start, end: start + text.length }]);
  });
  const merged: Unit[] = [];
  for (const u of units) {
    const cur = merged[merged.length - 1];
    if (cur && unitWords(paragraphs, cur) < o.minWords && unitWords(paragraphs, cur) + unitWords(paragraphs, u) <= o.maxWords) cur.push(...u);
    else merged.push([...u]);
  }
  // a chunk still under minWords joins its predecessor, else its successor, when the result fits maxWords
  for (let k = 0; k < merged.length; k++) {
    const w = unitWords(paragraphs, merged[k]);
    if (w >= o.minWords || merged.length === 1) continue;
    if (k > 0 && unitWords(paragraphs, merged[k - 1]) + w <= o.maxWords) {
      merged[k - 1].push(...merged.splice(k--, 1)[0]);
    } else if (k + 1 < merged.length && w + unitWords(paragraphs, merged[k + 1]) <= o.maxWords) {
      merged[k + 1].unshift(...merged.splice(k--, 1)[0]);
    }
  }
  return merged.map((spans, k) => {
    if (!o.overlapSentences || k === 0) return render(paragraphs, spans);
    const tail = tailSentences(paragraphs, merged[k - 1], o.overlapSentences);
    return render(paragraphs, [...tail, ...spans]);
  });
}
