import type { Citation } from '@/lib/cite/types';
import { quotesOf, whereLabel } from '../components/format';

function footnoteDefinition(c: Pick<Citation, 'n' | 'section' | 'sectionTitle' | 'pages' | 'quote' | 'footnotes'> & { quotes?: readonly string[] }): string {
  const quoted = quotesOf(c).map((q) => `“${q.replace(/\s+/g, ' ').trim()}”`).join(' … ');
  const lines = [`[^${c.n}]: Thesis, ${whereLabel(c)}: ${quoted}`];
  for (const f of c.footnotes) {
    lines.push(`    The thesis’s footnote ${f.n}: ${f.text.replace(/\s+/g, ' ').trim()}`);
    if (f.source) lines.push(`    Source: ${f.source.text.replace(/\s+/g, ' ').trim()}${f.source.url && !f.source.text.includes(f.source.url) ? ` <${f.source.url}>` : ''}`);
  }
  return lines.join('\n');
}

/** An answer as Markdown with footnotes ([^n]) carrying section, pages, quote, the thesis's footnotes and sources. */
export function answerMarkdown(
  answer: { text: string; citations: readonly (Pick<Citation, 'n' | 'section' | 'sectionTitle' | 'pages' | 'quote' | 'footnotes'> & { quotes?: readonly string[] })[] },
  question?: string,
): string {
  const known = new Set(answer.citations.map((c) => c.n));
  const body = answer.text.trim().replace(/\[(\d{1,3})\]/g, (m, n: string) => (known.has(Number(n)) ? `[^${n}]` : m));
  const parts = [question ? `> ${question.trim()}\n` : '', body];
  if (answer.citations.length) parts.push('', answer.citations.map(footnoteDefinition).join('\n\n'));
  return `${parts.filter((p, i) => i > 0 || p).join('\n')}\n`;
}
