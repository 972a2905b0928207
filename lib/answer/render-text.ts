import { neverMentions } from './never-mentions';
import type { AnswerResult } from './types';

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/**
 * The answer as a printed page: the text with [n] markers, a rule, then the footnotes — each with
 * where it is in the thesis, the verbatim quote, and the thesis's own footnotes with their sources.
 */
export function renderAnswerText(r: AnswerResult, width = 88): string {
  const out: string[] = [wrap(r.answer, width, '')];
  if (r.notice) out.push('', wrap(`Note: ${r.notice}`, width, ''));
  const flagged = r.sentences.filter((s) => !s.supported);
  if (flagged.length) {
    out.push('', 'Not supported by the cited passages (check before relying on it):');
    for (const s of flagged) out.push(wrap(`- ${s.text}`, width, '  ').replace(/^ {2}/, ''));
  }
  if (r.unmentioned?.length) out.push('', wrap(neverMentions(r.unmentioned), width, ''));
  if (r.leads.length) {
    out.push('', 'Closest passages (they may not answer the question):');
    for (const l of r.leads) {
      out.push(wrap(`- ${l.label}${l.sectionTitle ? ` (${l.sectionTitle})` : ''}`, width, '  ').replace(/^ {2}/, ''));
      out.push(wrap(`“${l.excerpt.trim()}”`, width, '    '));
    }
  }
  if (r.citations.length) {
    out.push('', '─'.repeat(Math.min(width, 40)));
    for (const c of r.citations) {
      out.push(wrap(`[${c.n}] ${c.label}${c.sectionTitle ? ` (${c.sectionTitle})` : ''}`, width, '    ').replace(/^ {4}/, ''));
      for (const q of c.quotes) out.push(wrap(`“${q.trim()}”`, width, '    '));
      for (const f of c.footnotes) {
        const where = f.inQuote ? '' : ' (next footnote in the passage)';
        out.push(wrap(`Thesis footnote ${f.n}${where}: ${f.text}`, width, '      '));
        if (f.source) out.push(wrap(`Bibliography: ${f.source.text}`, width, '        '));
      }
    }
  }
  return out.join('\n');
}
