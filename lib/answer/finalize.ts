import type { CitationCorpus } from '../cite/corpus-index';
import { buildCitedAnswer } from '../cite/build-citations';
import type { NumberedPassage } from '../cite/types';
import { ABSTAIN_TEXT, looksLikeAbstention } from './abstain';
import { abstentionLeads, type LeadInput } from './leads';
import { unmentionedNames } from './unmentioned';
import type { AnswerResult, PassageView } from './types';

export function passageViews(passages: NumberedPassage[], cited: string[]): PassageView[] {
  return passages.map((p) => {
    const r = p.record;
    const i = cited.indexOf(r.id);
    return {
      n: p.n,
      id: r.id,
      kind: r.kind,
      section: r.section,
      sectionTitle: r.sectionTitle,
      pages: r.pages,
      text: r.text,
      score: Number(p.score.toFixed(4)),
      citation: i < 0 ? null : i + 1,
    };
  });
}

/**
 * Model output (text with passage markers) → the answer structure every interface renders.
 * Output that cites nothing and says it cannot answer becomes the fixed abstention, with the
 * passages where the thesis comes closest (`leads`) when the question is given to find them.
 */
export function finalizeAnswer(
  question: string,
  rawText: string,
  passages: NumberedPassage[],
  corpus: CitationCorpus,
  meta: { model: string; notice?: string; leadsFrom?: LeadInput },
): AnswerResult {
  const cited = buildCitedAnswer(rawText, passages, corpus);
  const abstained = cited.citations.length === 0 && (looksLikeAbstention(cited.answer) || !cited.answer.trim());
  const base = { question, model: meta.model, ...(meta.notice ? { notice: meta.notice } : {}) };
  if (abstained) {
    return {
      ...base,
      answer: ABSTAIN_TEXT,
      abstained: true,
      citations: [],
      sentences: [],
      verification: { citationRecall: 1, citationPrecision: 1 },
      passages: passageViews(passages, []),
      leads: meta.leadsFrom ? abstentionLeads(meta.leadsFrom) : [],
      unmentioned: meta.leadsFrom ? unmentionedNames(meta.leadsFrom) : [],
    };
  }
  return { ...base, ...cited, abstained: false, passages: passageViews(passages, cited.citations.map((c) => c.id)), leads: [], unmentioned: [] };
}
