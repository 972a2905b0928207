import type { Corpus } from '../../types';
import { auditCorpus, type AuditFlag } from '../../tools';
import { inPart, partReference } from '../../retrieve/part-reference';
import { factsOf } from '../../tools/audit/unfootnoted';
import { listed } from '../../cite/label';

/** Questions about figures the thesis states more than one way. */
const FIGURE_ASKS =
  /\b(?:thesis|it|author) contradicts? (?:itself|himself)\b|\bcontradictions? in the thesis\b|\b(?:states?|stated|reports?|gives?|puts?)\b[^?]{0,30}\binconsistently\b|\binconsistenc(?:y|ies) in the thesis\b|\b(?:figures?|numbers?|amounts?|dates?|years?|totals?) (?:\w+ ){0,2}(?:consistent|inconsistent|conflict|conflicting|differ|disagree)/i;

/** Questions about claims with no footnote: "Which claims in Chapter III have no footnote?", "What statements are unsourced?". */
const UNFOOTNOTED_ASKS =
  /\b(?:claims?|statements?|sentences?|facts?|figures?|paragraphs?|passages?)\b[^?]{0,40}\b(?:no|without|lacks?|lacking|missing)\b[^?]{0,15}\b(?:footnotes?|citations?|sources?|references?)\b|\b(?:unsourced|uncited|unfootnoted|unreferenced)\b(?! (?:sources?|entr(?:y|ies)|works?)\b)/i;

const ASKS = [
  UNFOOTNOTED_ASKS,
  /\b(?:citations?|footnotes?|sources?|references?|sourcing)\b[^?]{0,40}\b(?:weak|weakest|problems?|problematic|errors?|mistakes?|wrong|inconsistent|inconsistenc(?:y|ies)|unreliable|flawed|issues?|doubtful)\b/i,
  /\b(?:weak|weakest|problems?|problematic|errors?|mistakes?|wrong|inconsistent|inconsistenc(?:y|ies)|unreliable|flawed|issues?|doubtful)\b[^?]{0,40}\b(?:citations?|footnotes?|sourcing|references)\b/i,
  /\b(?:are|is) (?:the )?(?:thesis(?:['’]s)? )?(?:citations?|footnotes?|sourcing) (?:reliable|accurate|sound|consistent|correct|trustworthy)\b/i,
  /\bcitation audit\b|\baudit (?:of )?(?:the )?(?:thesis(?:['’]s)? )?(?:citations?|footnotes?)\b/i,
  // "Does the thesis contradict itself?", "Which figures does it state inconsistently?", "Is the Mérida Initiative figure consistent?"
  FIGURE_ASKS,
];

/**
 * "Where are the thesis's citations weak?", "Are there problems with the footnotes?": a question
 * about the thesis's own citations as a whole, answered from the citation audit (the /audit page).
 */
export function asksCitationAudit(question: string): boolean {
  return ASKS.some((re) => re.test(question));
}

/** One thing the audit flags, at the thesis sentences it concerns. */
export interface AuditFinding {
  /** The audit's flag kind ("spelling-difference", "conflicting-figures", …). */
  kind: string;
  /** The sentences concerned, with their records: a footnote's claim, or each sentence stating one of the differing figures. */
  lines: { recordId: string; section: string | null; sentence: string }[];
  /** What the audit found, as one sentence citing those lines' passages (its words and figures come from them, their footnotes and sources). */
  note: string;
}

/** Findings in an answer. */
export const AUDIT_FINDINGS = 4;

/** "Is the Mérida Initiative figure consistent?": the findings about what the question names, or all of them when it names nothing found. */
export function findingsAbout(question: string, findings: AuditFinding[]): AuditFinding[] {
  // "Which claims in Chapter III have no footnote?": the paragraphs without one, in the part named.
  if (UNFOOTNOTED_ASKS.test(question)) {
    const part = partReference(question);
    return findings.filter((f) => f.kind === 'unfootnoted-claim' && (!part || f.lines.some((l) => inPart(part, 'passage', l.section))));
  }
  const names = (question.match(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu) ?? []).filter((n) => !/^(?:Is|Are|Does|Do|Did|Which|What|Where|Why|How|Who|The|Thesis|Was|Were)$/.test(n));
  const about = findings.filter((f) => names.some((n) => f.note.includes(n) || f.lines.some((l) => l.sentence.includes(n))));
  const named = about.length ? about : findings;
  // A question about figures gets the figures stated more than one way first.
  if (!FIGURE_ASKS.test(question)) return named;
  return [...named.filter((f) => f.kind === 'conflicting-figures'), ...named.filter((f) => f.kind !== 'conflicting-figures')];
}

/** A flag's evidence in the thesis body, one per sentence: the claim of the footnote, or the sentences stating the figures. */
function bodyLines(flag: AuditFlag): AuditFinding['lines'] {
  const lines: AuditFinding['lines'] = [];
  for (const e of flag.evidence) {
    if (!e.quote || !e.id.startsWith('thesis:') || e.id.startsWith('thesis:fn:')) continue;
    if (!lines.some((l) => l.recordId === e.id && l.sentence === e.quote)) lines.push({ recordId: e.id, section: e.section ?? null, sentence: e.quote });
  }
  return flag.kind === 'conflicting-figures' || flag.kind === 'unfootnoted-claim' ? lines : lines.slice(0, 1);
}

/**
 * What a finding says after its sentences. For a paragraph with no footnote, in words its sentences
 * hold (the figures), since no passage can state an absence: "No footnote in this paragraph for
 * 1972 and $10 billion."
 */
function findingNote(flag: AuditFlag, lines: AuditFinding['lines']): string {
  if (flag.kind === 'unfootnoted-claim') return `No footnote in this paragraph for ${listed(factsOf(lines.map((l) => l.sentence)))}.`;
  return `${flag.title.replace(/[.\s]+$/, '')}.`;
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
    byKind.set(flag.kind, [...(byKind.get(flag.kind) ?? []), { kind: flag.kind, lines, note: findingNote(flag, lines) }]);
  }
  const out: AuditFinding[] = [];
  const queues = [...byKind.values()];
  for (let i = 0; queues.some((q) => i < q.length); i++) for (const q of queues) if (i < q.length) out.push(q[i]);
  cache.set(corpus, out);
  return out;
}
