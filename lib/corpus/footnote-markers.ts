import { splitSentences, type SentenceSpan } from './sentences';
import { findMarkers, stripMarkers } from './superscript';

/** Where a footnote marker sits: in paragraph `owner` (or table caption) at `offset`. */
export interface MarkerSite {
  n: number;
  owner: number;
  kind: 'paragraph' | 'table';
  offset: number;
}

/** Every marker in the given texts; duplicates are reported, the first site wins. */
export function locateMarkers(texts: readonly { text: string; kind: 'paragraph' | 'table' }[], warnings: string[]): Map<number, MarkerSite> {
  const sites = new Map<number, MarkerSite>();
  texts.forEach((t, owner) => {
    for (const m of findMarkers(t.text)) {
      if (sites.has(m.n)) warnings.push(`footnote marker ${m.n} occurs more than once; the first occurrence is used`);
      else sites.set(m.n, { n: m.n, owner, kind: t.kind, offset: m.start });
    }
  });
  return sites;
}

/**
 * The sentence that carries the marker at `offset` (display text, all markers removed). When the sentence ends
 * a quotation opened in an earlier sentence ("…argue, "achieving … politics. There is … weak."¹⁷"), the sentences
 * back to the opening quote are included.
 */
export function carryingSentence(text: string, offset: number): string {
  const spans = splitSentences(text);
  let i = spans.findIndex((s) => offset >= s.start && offset < s.end);
  if (i < 0) i = spans.filter((s) => s.start <= offset).length - 1;
  if (i < 0) return stripMarkers(text).replace(/\s+/g, ' ').trim();
  // a quotation closed here but opened earlier: walk back (at most 4 sentences) to the sentence that opens it
  const curly = (s: string) => (s.match(/“/g) ?? []).length - (s.match(/”/g) ?? []).length;
  const straight = (s: string) => (s.match(/"/g) ?? []).length % 2;
  let first: SentenceSpan = spans[i];
  const own = spans[i].text;
  if (curly(own) < 0 || straight(own) === 1) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = spans[k].text;
      if ((curly(own) < 0 && curly(t) > 0) || (curly(own) >= 0 && straight(t) === 1)) {
        first = spans[k];
        break;
      }
      if (curly(t) !== 0 || straight(t) === 1) break;
    }
  }
  return stripMarkers(text.slice(first.start, spans[i].end)).replace(/\s+/g, ' ').trim();
}
