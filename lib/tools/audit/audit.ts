import { footnoteRecordId } from '../../corpus/thesis-records';
import type { Corpus } from '@/lib/types';
import { footnoteSourceIds } from '../cited-sources';
import { sourceShortLabel } from '@/lib/corpus/sources/source-records';
import { conflictingFigureFlags } from './conflicting-figures';
import { doubtfulIbidFlags } from './doubtful-ibid';
import { checkAgainstSource, sourcePassagesBySource, weakSourceSupportFlags } from './source-support';
import { spellingFlags } from './spelling';
import { FLAG_KINDS, type AuditReport, type FootnoteRow, type SourceCheck } from './types';
import { uncitedFlags } from './uncited';
import { unfootnotedFlags } from './unfootnoted';
import { unresolvedFlags } from './unresolved';

/**
 * The citation audit of a corpus: for every footnote its claim, resolved source(s) and cited pages (and, when the
 * source's full text is indexed, how well it supports the claim), plus flags: unresolved footnotes, uncited entries,
 * spelling differences, doubtful Ibid. antecedents, conflicting figures, claims their source's text does not support,
 * and paragraphs stating figures, dates or quotations with no footnote.
 */
export function auditCorpus(corpus: Corpus): AuditReport {
  const bib = new Map(corpus.bibliography.map((b) => [b.id, b]));
  const records = new Map(corpus.chunks.map((r) => [r.id, r]));
  const bySource = sourcePassagesBySource(corpus);
  const checks = new Map<number, SourceCheck>();
  const footnotes: FootnoteRow[] = corpus.footnotes.map((f) => {
    const check = checkAgainstSource(corpus, f, bySource);
    if (check) checks.set(f.n, check);
    return {
      n: f.n,
      form: f.form,
      claim: f.sentence,
      section: f.section,
      chunkId: f.chunkIds[0] ?? null,
      pages: records.get(footnoteRecordId(f.n))?.pages ?? null,
      sources: footnoteSourceIds(corpus, f.n).map((id) => ({ id, short: bib.has(id) ? sourceShortLabel(bib.get(id)!) : id })),
      citedPages: f.pages,
      ibidOf: f.ibidOf,
      sourceCheck: check,
    };
  });
  const flags = [
    ...unresolvedFlags(corpus),
    ...uncitedFlags(corpus),
    ...spellingFlags(corpus),
    ...doubtfulIbidFlags(corpus),
    ...conflictingFigureFlags(corpus),
    ...weakSourceSupportFlags(corpus, checks),
    ...unfootnotedFlags(corpus),
  ];
  const counts = Object.fromEntries(FLAG_KINDS.map((k) => [k, flags.filter((f) => f.kind === k).length])) as AuditReport['counts'];
  return {
    totals: {
      footnotes: footnotes.length,
      bibliography: corpus.bibliography.length,
      resolved: footnotes.filter((r) => r.sources.length).length,
      sourceTexts: bySource.size,
      checkedAgainstSources: checks.size,
    },
    counts,
    footnotes,
    flags,
  };
}
