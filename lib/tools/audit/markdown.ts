import { formatPages } from '@/lib/cite/label';
import type { PageRange } from '@/lib/types';
import { FLAG_KINDS, type AuditReport, type FlagKind } from './types';

export const FLAG_TITLES: Record<FlagKind, string> = {
  'unresolved-footnote': 'Footnotes that resolve to no bibliography entry',
  'uncited-source': 'Bibliography entries never cited',
  'spelling-difference': 'Author or title spellings that differ between footnote and bibliography',
  'doubtful-ibid': 'Ibid. with a doubtful antecedent',
  'conflicting-figures': 'Figures stated with different values in different places',
  'weak-source-support': 'Claims the cited source’s own text does not support',
  'unfootnoted-claim': 'Paragraphs stating figures, dates or quotations with no footnote',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
/** "§II.D, p. 28". */
export const where = (section: string | null | undefined, pages: PageRange | null | undefined) =>
  [section ? `§${section}` : null, formatPages(pages ?? null)].filter(Boolean).join(', ');

/** The audit as Markdown: summary counts, flags by kind with their evidence, then one table row per footnote. */
export function auditMarkdown(report: AuditReport): string {
  const t = report.totals;
  const lines = [
    '# Citation audit',
    '',
    `${t.footnotes} footnotes (${t.resolved} resolved to the bibliography), ${t.bibliography} bibliography entries, ${t.sourceTexts} cited sources with full text (${t.checkedAgainstSources} footnotes checked against them).`,
    '',
    '| Flag | Count |',
    '| --- | ---: |',
    ...FLAG_KINDS.map((k) => `| ${FLAG_TITLES[k]} | ${report.counts[k]} |`),
  ];
  for (const kind of FLAG_KINDS) {
    const flags = report.flags.filter((f) => f.kind === kind);
    lines.push('', `## ${FLAG_TITLES[kind]} (${flags.length})`, '');
    if (!flags.length) lines.push('None.');
    for (const f of flags) {
      lines.push(`- **${f.title}**`);
      for (const e of f.evidence) {
        const at = where(e.section, e.pages);
        lines.push(`  - ${e.role}${at ? ` (${at})` : ''}: [${e.id}](/passage/${encodeURIComponent(e.id)})${e.quote ? ` — “${cell(e.quote).slice(0, 300)}”` : ''}`);
      }
    }
  }
  lines.push('', '## All footnotes', '', '| n | Claim | Source | Cited pages | Thesis | Source text check |', '| ---: | --- | --- | --- | --- | --- |');
  for (const r of report.footnotes) {
    const sources = r.sources.length ? r.sources.map((s) => s.short).join('; ') : '**unresolved**';
    const check = r.sourceCheck ? `${r.sourceCheck.verdict} (${r.sourceCheck.score.toFixed(2)}, ${r.sourceCheck.label.replace(/\.$/, '')})` : '';
    const form = r.form === 'ibid' ? ` (Ibid. of ${r.ibidOf})` : r.form === 'table-note' ? ' (table note)' : '';
    lines.push(`| ${r.n} | ${cell(r.claim).slice(0, 200)} | ${cell(sources)}${form} | ${r.citedPages ?? ''} | ${where(r.section, r.pages)} | ${check} |`);
  }
  return `${lines.join('\n')}\n`;
}
