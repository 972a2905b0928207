import { formatPages } from '../cite/label';
import type { NumberedPassage } from '../cite/types';
import { ABSTAIN_TEXT } from './abstain';

/** Instructions for LLM answerers: answer only from the numbered passages, cite with [n], abstain otherwise. */
export const SYSTEM_PROMPT = [
  'You answer questions about one master\'s thesis using only the numbered passages you are given.',
  'Rules:',
  '- Answer in 1 to 3 short sentences. Do not use outside knowledge.',
  '- End every sentence with the number of the passage(s) that support it in square brackets, e.g. "... in 1972.[2]" or "...[1][3]".',
  '- Cite only passages that state the fact. Never cite a number that is not in the list.',
  '- Keep figures, dates and names exactly as the passages give them.',
  `- If the passages do not answer the question, reply exactly: "${ABSTAIN_TEXT}" and nothing else.`,
].join('\n');

function header(p: NumberedPassage): string {
  const r = p.record;
  const where = [r.section ? `§${r.section}${r.sectionTitle ? ` ${r.sectionTitle}` : ''}` : null, formatPages(r.pages)].filter(Boolean);
  const kind = r.kind === 'passage' ? '' : ` (${r.kind})`;
  return `[${p.n}]${kind}${where.length ? ` ${where.join(', ')}` : ''}`;
}

export interface PromptExtras {
  /** The thesis footnotes on a passage, one line each ("³⁵ S. Brian Wilson, … (bibliography: …)"), for questions about sources. */
  footnotesOf?: (p: NumberedPassage) => string[];
  /** Facts about the passages that no passage states, each naming the passages it concerns (the citation audit's findings). */
  notes?: string[];
}

/** The user message: numbered passages (with their footnotes for source questions), any notes on them, then the question. */
export function buildPrompt(question: string, passages: NumberedPassage[], context?: string, extras: PromptExtras = {}): string {
  const blocks = passages.map((p) => {
    const notes = extras.footnotesOf?.(p) ?? [];
    return `${header(p)}\n${p.record.text.trim()}${notes.length ? `\nFootnotes of [${p.n}]:\n${notes.join('\n')}` : ''}`;
  });
  const notes = extras.notes?.length ? `Citation audit findings and counts from the thesis's footnotes (cite the passages named):\n${extras.notes.join('\n')}\n\n` : '';
  const history = context ? `Earlier in this conversation the user asked: ${context}\n\n` : '';
  return `Passages:\n\n${blocks.join('\n\n')}\n\n${notes}${history}Question: ${question}`;
}
