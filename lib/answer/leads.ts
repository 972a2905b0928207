import type { NumberedPassage } from '../cite/types';
import type { QueryAnalysis } from '../retrieve/analyze-query';
import { coverage, OFF_TOPIC_SHARE, questionTerms, UNIFORM_STATS, unknownSignals, type QuestionTerm, type TermStats } from '../retrieve/question-terms';
import type { WordSimilarity } from '../retrieve/word-similarity';
import type { PageRange } from '../types';
import { passageLabel } from '../cite/label';
import { sentenceCandidates, type Candidate } from './extractive/candidates';

/**
 * A passage shown after an abstention: not an answer, but where the thesis comes closest to the
 * question, so a reader whose wording the answerer could not match still finds the place.
 */
export interface Lead {
  id: string;
  section: string | null;
  sectionTitle: string | null;
  pages: PageRange | null;
  /** "Thesis pp. 40–41, §III.D". */
  label: string;
  /** The passage's sentence sharing most with the question, verbatim. */
  excerpt: string;
  /** Weighted share of the question's words the passage holds (0..1). */
  overlap: number;
}

export interface LeadOptions {
  /** Share of the question's words a passage must hold to be shown. Calibrated by scripts/eval-answers.ts (see README). */
  minOverlap: number;
  max: number;
}

export const DEFAULT_LEADS: LeadOptions = { minOverlap: 0.3, max: 3 };

export interface LeadInput {
  analysis: QueryAnalysis;
  passages: NumberedPassage[];
  stats?: TermStats;
  similarity?: WordSimilarity;
  context?: string;
}

const ownTermsCache = new WeakMap<LeadInput, QuestionTerm[]>();

/** The question's own terms, as the extractive answerer weighs them; worked out once per abstention (the leads and the names it never mentions both ask). */
export function ownQuestionTerms(input: Pick<LeadInput, 'analysis' | 'stats' | 'context'>): QuestionTerm[] {
  let q = ownTermsCache.get(input as LeadInput);
  if (!q) ownTermsCache.set(input as LeadInput, (q = questionTerms(input.analysis, input.stats ?? UNIFORM_STATS, input.context).filter((t) => t.own)));
  return q;
}

/**
 * Up to `max` retrieved passages, in retrieval order, that hold enough of the question's words,
 * each with its closest sentence. None when the question is largely in words the thesis never uses.
 */
export function abstentionLeads(input: LeadInput, opts: LeadOptions = DEFAULT_LEADS): Lead[] {
  const q = ownQuestionTerms(input);
  // Largely in words the thesis never uses: there is no near place to point to. A single name it never uses is
  // often the reader's name for something it calls otherwise ("Escuadrón 201" for the 201st Fighter Squadron).
  if (!q.length || unknownSignals(q).unknownShare >= OFF_TOPIC_SHARE) return [];
  const byPassage = new Map<number, Candidate[]>();
  for (const c of sentenceCandidates(input.passages)) {
    const list = byPassage.get(c.passage);
    if (list) list.push(c);
    else byPassage.set(c.passage, [c]);
  }
  const leads: Lead[] = [];
  for (const p of input.passages) {
    const sentences = byPassage.get(p.n);
    if (!sentences?.length) continue;
    const overlap = bagCoverage(q, sentences, input.similarity);
    if (overlap < opts.minOverlap) continue;
    const closest = sentences
      .map((s) => ({ s, cov: coverage(q, s, input.similarity) }))
      .reduce((a, b) => (b.cov > a.cov ? b : a)).s;
    const r = p.record;
    leads.push({ id: r.id, section: r.section, sectionTitle: r.sectionTitle, pages: r.pages, label: passageLabel(r), excerpt: closest.raw, overlap: Number(overlap.toFixed(3)) });
  }
  return leads.slice(0, opts.max);
}

function bagCoverage(q: QuestionTerm[], sentences: Candidate[], sim?: WordSimilarity): number {
  return coverage(q, { terms: new Set(sentences.flatMap((s) => [...s.terms])), words: new Set(sentences.flatMap((s) => [...s.words])) }, sim);
}
