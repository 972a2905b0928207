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

/** The user message: numbered passages, then the question. */
export function buildPrompt(question: string, passages: NumberedPassage[], context?: string): string {
  const blocks = passages.map((p) => `${header(p)}\n${p.record.text.trim()}`);
  const history = context ? `Earlier in this conversation the user asked: ${context}\n\n` : '';
  return `Passages:\n\n${blocks.join('\n\n')}\n\n${history}Question: ${question}`;
}
