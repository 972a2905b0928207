import type { Corpus, CorpusRecord, Footnote, PageRange } from '@/lib/types';
import { bestSupport } from '../best-support';
import { verdictFor } from '../claim-check';
import { footnoteSourceIds } from '../cited-sources';
import { sourcePassageLabel } from '../evidence';
import { footnoteEvidence } from './evidence';
import type { AuditFlag, SourceCheck } from './types';

/** "4", "4-5", "396–397", "11, 14" → numeric ranges; roman numerals and other forms give none. */
export function citedPageRanges(pages: string | null): PageRange[] {
  if (!pages) return [];
  return [...pages.matchAll(/(\d+)(?:\s*[-–]\s*(\d+))?/g)].map((m) => {
    const start = Number(m[1]);
    let end = m[2] ? Number(m[2]) : start;
    if (end < start && m[2]) end = Number(m[1].slice(0, m[1].length - m[2].length) + m[2]); // "396–97"
    return { start, end: Math.max(start, end) };
  });
}

const overlaps = (a: PageRange, b: PageRange) => a.start <= b.end && b.start <= a.end;

/** Source passages (full texts in `corpus/sources/`) by bibliography id. */
export function sourcePassagesBySource(corpus: Pick<Corpus, 'chunks'>): Map<string, CorpusRecord[]> {
  const out = new Map<string, CorpusRecord[]>();
  for (const r of corpus.chunks) if (r.kind === 'source-passage' && r.sourceId) out.set(r.sourceId, [...(out.get(r.sourceId) ?? []), r]);
  return out;
}

/**
 * Checks a footnote's claim against the text of the source(s) it cites: the best-supporting passage (a passage on the
 * cited pages wins a near tie), its support score and verdict. Null when no cited source has a full text, or for a
 * table note (its "claim" is a table caption).
 */
export function checkAgainstSource(corpus: Corpus, f: Footnote, bySource = sourcePassagesBySource(corpus)): SourceCheck | null {
  if (f.form === 'table-note' || !f.sentence.trim()) return null;
  const candidates = footnoteSourceIds(corpus, f.n).flatMap((id) => bySource.get(id) ?? []);
  if (!candidates.length) return null;
  const cited = citedPageRanges(f.pages);
  const paged = candidates.filter((r) => r.pages);
  const citedPagesInText = cited.length && paged.length ? paged.some((r) => cited.some((c) => overlaps(c, r.pages!))) : null;
  let best: (SourceCheck & { rank: number }) | null = null;
  for (const r of candidates) {
    const s = bestSupport(f.sentence, r);
    const onCitedPages = cited.length && r.pages ? cited.some((c) => overlaps(c, r.pages!)) : null;
    const rank = s.score + (onCitedPages ? 0.05 : 0);
    if (!best || rank > best.rank) {
      best = { rank, recordId: r.id, label: sourcePassageLabel(r), pages: r.pages, score: Number(s.score.toFixed(3)), verdict: verdictFor(s.score, s.missingNumbers), quote: s.quote, onCitedPages, citedPagesInText };
    }
  }
  const { rank: _rank, ...check } = best!;
  return check;
}

/**
 * Footnotes whose claim the cited source's own text does not support (verdict "not found"); not raised when the indexed
 * text is an excerpt that lacks the cited pages.
 */
export function weakSourceSupportFlags(corpus: Corpus, checks: ReadonlyMap<number, SourceCheck>): AuditFlag[] {
  const flags: AuditFlag[] = [];
  for (const f of corpus.footnotes) {
    const c = checks.get(f.n);
    if (!c || c.verdict !== 'not found' || c.citedPagesInText === false) continue;
    flags.push({
      kind: 'weak-source-support',
      title: `The text of ${c.label.replace(/\.$/, '')} does not support the claim of footnote ${f.n} (support ${c.score.toFixed(2)})`,
      detail: `Claim: ${f.sentence} — best passage${c.onCitedPages === false ? ' (not on the cited pages)' : ''}: ${c.quote}`,
      footnotes: [f.n],
      sources: footnoteSourceIds(corpus, f.n),
      evidence: [...footnoteEvidence(corpus, f), { id: c.recordId, role: `best passage of the source, ${c.label.replace(/\.$/, '')}`, quote: c.quote, section: null, pages: c.pages }],
    });
  }
  return flags;
}
