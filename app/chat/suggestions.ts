import { titleCase } from '../components/format';
import type { AnswerView } from './message-data';

export interface StarterGroup {
  audience: string;
  questions: string[];
}

/** Starter questions for the people who use Footnote. */
export const STARTERS: StarterGroup[] = [
  {
    audience: 'Students',
    questions: ['What is the main argument of the thesis?', 'What was Plan Colombia?', 'Why did Mexico limit U.S. military cooperation?'],
  },
  {
    audience: 'Staff',
    questions: ['What is the Mérida Initiative?', 'How did 9/11 change U.S. military cooperation with Colombia?', 'What does the thesis recommend for future cooperation with Mexico?'],
  },
  {
    audience: 'Instructors',
    questions: ['Which international relations theory best explains the cooperation?', "Where are the thesis's citations weak?", 'What further research does the thesis suggest?'],
  },
];

const NARRATIVE_QUESTION = /^\s*(?:when\b|what happened\b)/i;
const DATED_OPENING = /^\s*(?:In|By|On|From) (?:\w+ (?:\d{1,2}, )?)?\d{4}\b/;

const GENERIC = /^(introduction|analysis|conclusion|conclusion and analysis|methodology|research design|list of references|title page|acknowledgments|abstract)$/i;

/** Up to three follow-up questions after an answer, from its cited sections, sources and the question. */
export function followUps(question: string, view: AnswerView, max = 3): string[] {
  if (!view.answer || view.answer.abstained || !view.citations.length) return [];
  const out: string[] = [];
  const q = question.toLowerCase();
  // An answer telling of an event ("In 1914, the U.S. Navy sailed to Veracruz …") can be read on.
  if (NARRATIVE_QUESTION.test(question) || DATED_OPENING.test(view.text)) out.push('What happened next?');
  const section = view.citations.map((c) => c.sectionTitle).find((t): t is string => !!t && !GENERIC.test(t.trim()));
  if (section) out.push(`What else does the thesis say about “${titleCase(section)}”?`);
  if (/colombi/.test(q) && !/mexic/.test(q)) out.push('How does this compare with U.S. cooperation with Mexico?');
  else if (/mexic/.test(q) && !/colombi/.test(q)) out.push('How does this compare with U.S. cooperation with Colombia?');
  if (!/realis|liberalis|constructivis|theor/.test(q)) out.push('Which international relations theory explains this best?');
  if (view.citations.some((c) => c.footnotes.length)) out.push('Which sources does the thesis cite for this?');
  return [...new Set(out)].filter((s) => s.toLowerCase() !== q).slice(0, max);
}
