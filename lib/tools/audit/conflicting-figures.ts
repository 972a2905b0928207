import type { Corpus } from '@/lib/types';
import { figureConflicts } from '../figures/conflicts';
import { thesisFigures } from '../figures/mentions';
import { formatQuantity } from '../figures/quantities';
import type { AuditFlag } from './types';

const KIND_WORD = { money: 'amounts', count: 'counts', percent: 'percentages', year: 'years' } as const;

/**
 * A figure stated with different values in different places: (entity, figure) pairs are extracted from every sentence
 * (see lib/tools/figures), grouped by entity, kind and unit, and groups with differing values are flagged with every
 * sentence as evidence. Heuristic: sub-amounts (initial vs total funding) are reported too, for a reader to judge.
 */
export function conflictingFigureFlags(corpus: Corpus): AuditFlag[] {
  return figureConflicts(thesisFigures(corpus)).map((c) => {
    const values = c.values.map((v) => formatQuantity({ kind: c.kind, value: v, unit: c.unit }));
    return {
      kind: 'conflicting-figures' as const,
      title: `${c.entity}: ${KIND_WORD[c.kind]} differ (${values.join(' vs ')})`,
      detail: c.mentions.map((m) => `“${m.text}”${m.inherited ? ` (refers back to ${m.entity})` : ''} in §${m.section ?? '—'}: ${m.sentence}`).join(' | '),
      footnotes: [],
      sources: [],
      evidence: c.mentions.map((m) => ({
        id: m.recordId,
        role: `${m.hedge ? `${m.hedge} ` : ''}${formatQuantity(m)} (${m.entity})`,
        quote: m.sentence,
        section: m.section,
        pages: m.pages,
      })),
    };
  });
}
