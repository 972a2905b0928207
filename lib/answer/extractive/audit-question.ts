import type { Corpus } from '../../types';
import { auditCorpus, type AuditFlag } from '../../tools';

/**
 * "Where are the thesis's citations weak?", "Are there problems with the footnotes?": a question
 * about the thesis's own citations as a whole, answered from the citation audit (the /audit page).
 */
const ASKS = [
  /\b(?:citations?|footnotes?|sources?|references?|sourcing)\b[^?]{0,40}\b(?:weak|weakest|problems?|problematic|errors?|mistakes?|wrong|inconsistent|inconsistenc(?:y|ies)|unreliable|flawed|issues?|doubtful)\b/i,
  /\b(?:weak|weakest|problems?|problematic|errors?|mistakes?|wrong|inconsistent|inconsistenc(?:y|ies)|unreliable|flawed|issues?|doubtful)\b[^?]{0,40}\b(?:citations?|footnotes?|sourcing|references)\b/i,
  /\b(?:are|is) (?:the )?(?:thesis(?:['’]s)? )?(?:citations?|footnotes?|sourcing) (?:reliable|accurate|sound|consistent|correct|trustworthy)\b/i,
  /\bcitation audit\b|\baudit (?:of )?(?:the )?(?:thesis(?:['’]s)? )?(?:citations?|footnotes?)\b/i,
];

export function asksCitationAudit(question: string): boolean {
  return ASKS.some((re) => re.test(question));
}

/** One thing the audit flags, at the thesis sentences it concerns. */
export interface AuditFinding {
  /** The sentences concerned, with their records: a footnote's claim, or each sentence stating one of the differing figures. */
  lines: { recordId: string; sentence: string }[];
  /** What the audit found, as one sentence citing those lines' passages (its words and figures come from them, their footnotes and sources). */
  note: string;
}

/** Findings in an answer. */
export const AUDIT_FINDINGS = 4;

/** A flag's evidence in the thesis body, one per sentence: the claim of the footnote, or the sentences stating the figures. */
function bodyLines(flag: AuditFlag): AuditFinding['lines'] {
  const lines: AuditFinding['lines'] = [];
  for (const e of flag.evidence) {
    if (!e.quote || !e.id.startsWith('thesis:') || e.id.startsWith('thesis:fn:')) continue;
    if (!lines.some((l) => l.recordId === e.id && l.sentence === e.quote)) lines.push({ recordId: e.id, sentence: e.quote });
  }
  return flag.kind === 'conflicting-figures' ? lines : lines.slice(0, 1);
}

const cache = new WeakMap<Corpus, AuditFinding[]>();

/**
 * The audit's flags as findings, one of each kind in turn (a spelling difference, a figure stated
 * with different values, …), so a short answer shows the kinds of weakness the thesis has.
 */
export function auditFindings(corpus: Corpus): AuditFinding[] {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const byKind = new Map<string, AuditFinding[]>();
  for (const flag of auditCorpus(corpus).flags) {
    const lines = bodyLines(flag);
    if (!lines.length) continue;
    byKind.set(flag.kind, [...(byKind.get(flag.kind) ?? []), { lines, note: `${flag.title.replace(/[.\s]+$/, '')}.` }]);
  }
  const out: AuditFinding[] = [];
  const queues = [...byKind.values()];
  for (let i = 0; queues.some((q) => i < q.length); i++) for (const q of queues) if (i < q.length) out.push(q[i]);
  cache.set(corpus, out);
  return out;
}
