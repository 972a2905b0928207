import type { AnswerResult } from './types';

/** The public JSON of POST /api/ask (and `npm run ask -- --json`). */
export function toAskResponse(r: AnswerResult) {
  return {
    question: r.question,
    answer: r.answer,
    abstained: r.abstained,
    citations: r.citations.map((c) => ({
      n: c.n,
      id: c.id,
      section: c.section,
      sectionTitle: c.sectionTitle,
      pages: c.pages,
      quote: c.quote,
      quotes: c.quotes,
      label: c.label,
      footnotes: c.footnotes.map((f) => ({ n: f.n, text: f.text, pages: f.pages, inQuote: f.inQuote, source: f.source })),
    })),
    sentences: r.sentences,
    passages: r.passages,
    leads: r.leads,
    unmentioned: r.unmentioned,
    verification: r.verification,
    model: r.model,
    ...(r.notice ? { notice: r.notice } : {}),
  };
}
