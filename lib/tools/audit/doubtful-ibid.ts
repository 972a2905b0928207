import type { Corpus } from '@/lib/types';
import { footnoteEvidence } from './evidence';
import type { AuditFlag } from './types';

/**
 * Ibid. notes whose antecedent is doubtful: the parser marks an Ibid. that follows a multi-source table note or
 * crosses a section start (`Footnote.ibidDoubtful`). Evidence: both claims and both notes.
 */
export function doubtfulIbidFlags(corpus: Corpus): AuditFlag[] {
  const byN = new Map(corpus.footnotes.map((f) => [f.n, f]));
  return corpus.footnotes
    .filter((f) => f.form === 'ibid' && f.ibidDoubtful)
    .map((f) => {
      const prev = f.ibidOf === null ? undefined : byN.get(f.ibidOf);
      return {
        kind: 'doubtful-ibid' as const,
        title: `Ibid. in footnote ${f.n} has a doubtful antecedent`,
        detail: `It ${f.ibidDoubtful}; it was resolved to ${f.sourceId ?? 'nothing'}${prev ? ` from footnote ${prev.n} (“${prev.text}”)` : ''}.`,
        footnotes: prev ? [f.n, prev.n] : [f.n],
        sources: f.sourceId ? [f.sourceId] : [],
        evidence: [...footnoteEvidence(corpus, f), ...(prev ? footnoteEvidence(corpus, prev, `antecedent footnote ${prev.n}`) : [])],
      };
    });
}
