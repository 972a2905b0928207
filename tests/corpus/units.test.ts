import { describe, expect, it } from 'vitest';
import { chunkSection, citedPages, normalizeForMatch, normalizeSearchText, splitSentences } from '@/lib/corpus';
import { pageBounds, type FlowToken } from '@/lib/corpus/page-bounds';
import { shouldJoin } from '@/lib/corpus/paragraph-join';

const sentence = (n: number) => `Word ${Array.from({ length: n - 2 }, () => 'word').join(' ')} end.`;

describe('splitSentences', () => {
  it('does not split at U.S., Gen., e.g., No., initials or H.W.', () => {
    const t = 'The U.S. Army met Gen. Smith, e.g. at No. 5 street. S. Brian Wilson and George H.W. Bush agreed. Then it ended.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'The U.S. Army met Gen. Smith, e.g. at No. 5 street.',
      'S. Brian Wilson and George H.W. Bush agreed.',
      'Then it ended.',
    ]);
  });

  it('keeps closing quotes and footnote markers with their sentence', () => {
    const t = 'He said, “we cooperate.”¹⁴ Then more.¹⁵ Last one?';
    expect(splitSentences(t).map((s) => s.text)).toEqual(['He said, “we cooperate.”¹⁴', 'Then more.¹⁵', 'Last one?']);
  });
});

describe('normalize', () => {
  it('normalizeSearchText removes markers, emphasis, escapes and URL brackets', () => {
    expect(normalizeSearchText('It cost \\$10 *billion* in **aid**.⁶ See <http://x.org/a_b>. H₁ stays.')).toBe(
      'It cost $10 billion in aid. See http://x.org/a_b. H₁ stays.',
    );
  });

  it('normalizeForMatch: $, no *, straight quotes, no superscripts (subscripts kept), collapsed, lowercase', () => {
    expect(normalizeForMatch('  “Mexico’s” *war*\n\tcost \\$5.¹⁰⁵ H₂ ')).toBe('"mexico\'s" war cost $5. h₂');
  });

  it('citedPages ignores dates and years', () => {
    expect(citedPages('Glaser, "Realists as Optimists," 51.')).toBe('51');
    expect(citedPages('Turbiville, Jr., “U.S. Military Engagement with Mexico,” 4-5.')).toBe('4-5');
    expect(citedPages('Mir, “Realism,” *Journal* 1, no. 8 (2014): 165, <http://x.org>.')).toBe('165');
    expect(citedPages('Coleman, *Colombia and the United States*, xiii.')).toBe('xiii');
    expect(citedPages('Letter to Congressman Henry Johnson, April 1, 2015.')).toBeNull();
    expect(citedPages('“Colombia Signs Military Pact,” *New York Times*, May 30, 1942, <https://www.nytimes.com/>.')).toBeNull();
  });
});

describe('paragraph joining', () => {
  it('joins unfinished paragraphs and lowercase continuations, not finished ones', () => {
    expect(shouldJoin('In 2008, Congress', 'approved a bilateral agreement.')).toBe(true);
    expect(shouldJoin('It ended with a marker.⁶', 'Next paragraph starts here.')).toBe(false);
    expect(shouldJoin('It ended inside a quote.”¹⁴', 'Next paragraph.')).toBe(false);
    expect(shouldJoin('The scenario called for “a rogue aircraft that flies into Mexico.', 'U.S. interceptors follow.”')).toBe(true);
    expect(shouldJoin('A full sentence.', 'builds on the previous page.')).toBe(true);
  });
});

describe('pageBounds', () => {
  it('counts breaks forward and backward from anchors', () => {
    const tokens: FlowToken[] = [
      { kind: 'anchor', page: 10, label: 'A' },
      { kind: 'content', key: 1 },
      { kind: 'break' },
      { kind: 'break' }, // consecutive breaks count once
      { kind: 'content', key: 2 },
      { kind: 'content', key: 3 },
      { kind: 'break' },
      { kind: 'content', key: 4 },
      { kind: 'anchor', page: 14, label: 'B' },
    ];
    const b = pageBounds(tokens);
    expect([1, 2, 3, 4].map((k) => [b.lo.get(k), b.hi.get(k)])).toEqual([
      [10, 12],
      [11, 13],
      [11, 13],
      [12, 14],
    ]);
    expect(b.warnings).toEqual([]);
  });

  it('reports an anchor that contradicts the counted breaks', () => {
    const b = pageBounds([{ kind: 'anchor', page: 5, label: 'A' }, { kind: 'break' }, { kind: 'break' }, { kind: 'content', key: 1 }, { kind: 'break' }, { kind: 'anchor', page: 6, label: 'B' }]);
    expect(b.warnings).toHaveLength(2);
  });
});

describe('chunkSection', () => {
  const p = (...sentences: string[]) => ({ text: sentences.join(' ') });
  // The algorithm is tested at fixed sizes; the defaults are tuned by `npm run tune`.
  const O = { targetWords: 120, maxWords: 200, minWords: 50, overlapSentences: 0 };

  it('keeps paragraphs as chunks and merges a short one with the next', () => {
    const chunks = chunkSection([p(sentence(60)), p(sentence(20)), p(sentence(70)), p(sentence(80))], O);
    expect(chunks.map((c) => c.words)).toEqual([60, 90, 80]);
    expect(chunks[1].text.split('\n\n')).toHaveLength(2);
  });

  it('splits a long paragraph at sentences into balanced pieces', () => {
    const long = p(...Array.from({ length: 10 }, () => sentence(30)));
    const chunks = chunkSection([long], O);
    expect(chunks.map((c) => c.words)).toEqual([90, 90, 120]);
    for (const c of chunks) expect(c.text).toMatch(/end\.$/);
  });

  it('merges a short last chunk back into the previous one', () => {
    const chunks = chunkSection([p(sentence(100)), p(sentence(30))], O);
    expect(chunks.map((c) => c.words)).toEqual([130]);
  });

  it('honours options and overlap', () => {
    const paras = [p(sentence(40), sentence(40)), p(sentence(40), sentence(40))];
    const noOverlap = chunkSection(paras, { targetWords: 80, maxWords: 100, minWords: 10, overlapSentences: 0 });
    expect(noOverlap.map((c) => c.words)).toEqual([80, 80]);
    const overlap = chunkSection(paras, { targetWords: 80, maxWords: 100, minWords: 10, overlapSentences: 1 });
    expect(overlap.map((c) => c.words)).toEqual([80, 120]);
    expect(overlap[1].spans[0].paragraph).toBe(0);
    expect(() => chunkSection(paras, { targetWords: 300, maxWords: 100 })).toThrow(/invalid chunk options/);
  });

  it('computes page ranges of pieces from the page breaks inside a paragraph', () => {
    const text = `${sentence(100)} ${sentence(100)} ${sentence(100)}`;
    const breakAt = text.indexOf('end.') + 5; // the second sentence starts on the next page
    const chunks = chunkSection([{ text, pages: { start: 7, end: 8 }, breaks: [breakAt] }], O);
    expect(chunks.map((c) => c.pages)).toEqual([
      { start: 7, end: 7 },
      { start: 8, end: 8 },
      { start: 8, end: 8 },
    ]);
  });
});
