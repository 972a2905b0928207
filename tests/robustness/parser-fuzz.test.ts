import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpusWithReport } from '@/lib/corpus/build-corpus';
import { AppError } from '@/lib/errors';
import { uncoveredSpans } from '@/lib/ingest/coverage';
import { words } from '@/lib/retrieve/tokenize';

/** Deterministic PRNG (mulberry32) so a failure names a reproducible seed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const thesis = fs.readFileSync('corpus/thesis.md', 'utf8');
const ALPHABET = ['a', 'é', 'Z', ' ', '\n', '\t', '.', '#', '*', '¹', '²', '⁶', '₁', '—', '“', '”', '$', '\\', '|', '7', 'Ω', '中', '🙂', '\u0000', '\u200b', '\r'];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r() < 0.7 ? ALPHABET[Math.floor(r() * ALPHABET.length)] : String.fromCodePoint(32 + Math.floor(r() * 0x2fff));
  return s;
}

function garble(r: () => number, text: string): string {
  const lines = text.split('\n');
  const op = Math.floor(r() * 5);
  if (op === 0) return lines.slice(0, Math.floor(r() * lines.length)).join('\n'); // truncate
  if (op === 1) return lines.filter(() => r() > 0.15).join('\n'); // drop lines
  if (op === 2) {
    for (let i = 0; i < 40; i++) {
      const a = Math.floor(r() * lines.length);
      const b = Math.floor(r() * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
    }
    return lines.join('\n'); // shuffle
  }
  if (op === 3) return lines.map((l) => (r() < 0.05 ? randomText(r, 30) : l)).join('\n'); // noise lines
  return text.slice(Math.floor(r() * text.length * 0.5)); // cut the front
}

/** Every input line with words is in a record or in the reported skips. */
function expectAccounted(name: string, text: string, records: Parameters<typeof uncoveredSpans>[2], doc: string) {
  const skipped = uncoveredSpans(doc, text, records);
  const inSkip = (line: number) => skipped.some((s) => line >= s.fromLine && line <= s.toLine);
  const known = new Set(records.filter((r) => r.doc === doc).flatMap((r) => words(`${r.section ?? ''} ${r.sectionTitle ?? ''} ${r.text}`)));
  text.split(/\r\n?|\n/).forEach((line, i) => {
    const ws = words(line);
    if (ws.length && ws.filter((w) => !known.has(w)).length / ws.length > 0.2) expect(inSkip(i + 1), `${name} line ${i + 1}`).toBe(true);
  });
  return skipped;
}

function build(name: string, text: string) {
  try {
    return buildCorpusWithReport([{ name, text }]);
  } catch (err) {
    expect(err, `${name}: only AppError may escape`).toBeInstanceOf(AppError);
    expect((err as AppError).message.length).toBeGreaterThan(10);
    return null;
  }
}

describe('parser robustness', () => {
  it('plain documents of random Unicode never throw unhandled and lose no text', () => {
    const r = rng(1);
    for (let i = 0; i < 150; i++) {
      const text = randomText(r, 1 + Math.floor(r() * 2000));
      const result = build(`random-${i}.md`, text);
      if (!result) continue;
      const doc = result.corpus.documents[0]?.file ?? `random-${i}.md`;
      const skipped = expectAccounted(`seed 1 #${i}`, text, result.corpus.chunks, result.corpus.chunks[0]?.doc ?? doc);
      expect(skipped, `random doc ${i} should keep all its text`).toEqual([]);
    }
  });

  it('garbled and truncated theses either parse or fail with a clear error, and report what they skip', () => {
    const r = rng(7);
    let parsed = 0;
    for (let i = 0; i < 40; i++) {
      const text = garble(r, thesis);
      if (!text.trim()) continue;
      const result = build('thesis.md', text);
      if (!result) continue;
      parsed++;
      expectAccounted(`seed 7 #${i}`, text, result.corpus.chunks, 'thesis');
    }
    expect(parsed).toBeGreaterThan(0);
  });

  it('reports exactly the front matter and lists as skipped on the real thesis', () => {
    const { corpus } = buildCorpusWithReport([{ name: 'thesis.md', text: thesis }]);
    const skipped = uncoveredSpans('thesis', thesis, corpus.chunks);
    const lines = thesis.split('\n');
    const body = lines.findIndex((l) => l.trim() === 'I. INTRODUCTION' || /^I\.\s+INTRODUCTION$/.test(l.trim()));
    const refs = lines.findIndex((l, i) => i > body && l.trim() === 'LIST OF REFERENCES');
    const inBody = skipped.filter((s) => s.fromLine > body + 1 && s.toLine <= refs && s.preview !== 'THIS PAGE INTENTIONALLY LEFT BLANK');
    expect(inBody, JSON.stringify(inBody.slice(0, 5))).toEqual([]);
  });
});
