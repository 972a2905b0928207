import { resolveFootnoteSources } from '@/lib/corpus/footnote-sources';
import type { Corpus } from '@/lib/types';
import { footnoteSourceIds } from '../cited-sources';
import { footnoteEvidence } from './evidence';
import type { AuditFlag } from './types';

/** Footnotes that resolve to no bibliography entry, and parts of multi-source table notes that match none. */
export function unresolvedFlags(corpus: Corpus): AuditFlag[] {
  const reasons = new Map(corpus.unresolved.map((u) => [u.n, u.reason]));
  const flags: AuditFlag[] = [];
  for (const f of corpus.footnotes) {
    const ids = footnoteSourceIds(corpus, f.n);
    if (!ids.length) {
      flags.push({
        kind: 'unresolved-footnote',
        title: `Footnote ${f.n} resolves to no bibliography entry`,
        detail: `${reasons.get(f.n) ?? 'no bibliography entry matches'}. Footnote text: ${f.text}`,
        footnotes: [f.n],
        sources: [],
        evidence: footnoteEvidence(corpus, f),
      });
      continue;
    }
    if (f.form !== 'table-note') continue;
    const missing = resolveFootnoteSources([{ n: f.n, text: f.text }], corpus.bibliography)[0]?.unmatchedParts ?? [];
    for (const part of missing) {
      flags.push({
        kind: 'unresolved-footnote',
        title: `Part of table note ${f.n} resolves to no bibliography entry`,
        detail: `Unmatched part: ${part}`,
        footnotes: [f.n],
        sources: ids,
        evidence: footnoteEvidence(corpus, f),
      });
    }
  }
  return flags;
}
