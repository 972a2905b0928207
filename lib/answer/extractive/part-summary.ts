import type { CorpusRecord } from '../../types';
import { inPart, partReference, type PartReference } from '../../retrieve/part-reference';
import { terms } from '../../retrieve/tokenize';

/** Words that ask what a part says without naming a topic. */
const SUMMARY_WORDS = new Set(
  terms('say says said argue argues conclude concludes conclusion summarize summarise summary main point points about find finds findings state states cover covers discuss discusses contain contains claim claims tell tells overall gist suggest suggests propose proposes recommend recommends recommended recommendation recommendations identify identifies identified area areas topic topics direction directions avenue avenues help helpful useful'),
);

/**
 * "What does the abstract say?", "Summarize Chapter IV": a question naming a part of the thesis
 * and nothing else to look for. Its answer is how that part opens.
 */
export function askedSummary(question: string): PartReference | null {
  const part = partReference(question);
  if (!part) return null;
  const rest = terms(question.replace(part.span, ' ')).filter((t) => !SUMMARY_WORDS.has(t));
  return rest.length ? null : part;
}

/** The record that opens the part: the abstract, or the first record of the part's first-named section. */
export function openingRecord(part: PartReference, records: CorpusRecord[]): CorpusRecord | undefined {
  // A part of several sections opens with its first-named one: the concluding chapter before the chapters' conclusions.
  const opens = (sections: string[]) => records.find((r) => r.kind !== 'footnote' && inPart({ ...part, sections }, r.kind, r.section));
  return part.abstract || part.sections.length <= 1 ? opens(part.sections) : part.sections.map((s) => opens([s])).find(Boolean);
}

/** "What is the research question?": the thesis asks it in its introduction's opening. */
const RESEARCH_QUESTION = /\b(?:research|main|central|key|guiding|overarching) (?:research )?question\b|\bwhat question does (?:the|this) (?:thesis|study) (?:ask|answer|address|pose)\b/i;

export const INTRODUCTION: PartReference = { span: 'introduction', abstract: false, sections: ['I'] };

/** Whether a question asks what the thesis sets out to answer. */
export function asksResearchQuestion(question: string): boolean {
  return RESEARCH_QUESTION.test(question);
}
