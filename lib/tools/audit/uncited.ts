import type { Corpus } from '@/lib/types';
import { listSources } from '../sources';
import type { AuditFlag } from './types';

/** Bibliography entries no footnote cites (in any form, table notes included). */
export function uncitedFlags(corpus: Corpus): AuditFlag[] {
  return listSources(corpus)
    .filter((s) => s.count === 0)
    .map((s) => ({
      kind: 'uncited-source' as const,
      title: `${s.short} is listed in the bibliography but never cited`,
      detail: `No footnote (full, short, Ibid. or table note) resolves to ${s.id}: ${s.text}`,
      footnotes: [],
      sources: [s.id],
      evidence: [{ id: s.id, role: 'bibliography entry', quote: s.text }],
    }));
}
