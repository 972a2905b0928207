import type { Candidate } from './candidates';
import { sentenceCandidates } from './candidates';
import { documentQuestion, factLine } from './document-question';
import { askedFootnote, footnoteLine } from './footnote-question';
import type { ExtractiveInput } from './model';
import type { Plan } from './plan';
import { TITLE_PAGE_ID } from '../../corpus/thesis-records';

/** A plan answering with one sentence the question points to outright (no scoring, no abstention). */
function onePick(line: Candidate, type: Plan['type'], footnote?: number): Plan {
  const pick = { c: line, score: 1, cov: 1, windowCov: 1, fit: 1 };
  return { type, confidence: 1, abstain: false, picks: [pick], best: pick, unknownAnchors: [], ...(footnote === undefined ? {} : { footnote }) };
}

/** "Who wrote this thesis?": the title-page line stating the fact, when the passages hold it. */
export function planDocumentAnswer(input: ExtractiveInput): Plan | null {
  const fact = documentQuestion(input.analysis.text);
  const title = input.passages.find((p) => p.record.id === TITLE_PAGE_ID);
  if (!fact || !title || !input.frontMatter) return null;
  const line = factLine(sentenceCandidates([title]), input.frontMatter, fact);
  return line ? onePick(line, input.analysis.type) : null;
}

/** "What does footnote 35 say?": the sentence carrying the marker; the answer then relays that footnote and its source. */
export function planFootnoteAnswer(input: ExtractiveInput): Plan | null {
  const n = askedFootnote(input.analysis.text);
  if (n === null) return null;
  const line = footnoteLine(sentenceCandidates(input.passages.filter((p) => p.record.kind !== 'footnote')), n);
  return line ? onePick(line, 'source', n) : null;
}
