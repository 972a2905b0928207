import type { Metadata } from 'next';
import { toAppError } from '@/lib/errors';
import { getStore } from '@/lib/index/current-store';
import { auditCorpus } from '@/lib/tools/audit/audit';
import { auditMarkdown, FLAG_TITLES } from '@/lib/tools/audit/markdown';
import { FLAG_KINDS, type AuditReport } from '@/lib/tools/audit/types';
import type { Corpus } from '@/lib/types';
import { CopyMarkdown } from './copy-markdown';
import { FlagItem } from './flag-item';
import { FootnoteTable } from './footnote-table';
import styles from './audit.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Citation audit — Footnote' };

const reports = new WeakMap<Corpus, AuditReport>();

function auditOf(corpus: Corpus): AuditReport {
  let r = reports.get(corpus);
  if (!r) reports.set(corpus, (r = auditCorpus(corpus)));
  return r;
}

/** How well the thesis's claims are grounded: every footnote, and flags with the passages involved. */
export default async function AuditPage() {
  let report: AuditReport | null = null;
  let problem: string | null = null;
  try {
    report = auditOf((await getStore()).corpus);
  } catch (err) {
    problem = toAppError(err).message;
  }
  return (
    <div className={`page ${styles.wide}`}>
      <h1>Citation audit</h1>
      {problem || !report ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : (
        <>
          <p className="muted">
            {report.totals.footnotes} footnotes ({report.totals.resolved} resolved to the bibliography), {report.totals.bibliography} bibliography entries,{' '}
            {report.totals.sourceTexts} cited sources with their full text indexed ({report.totals.checkedAgainstSources} footnotes checked against them). The same report
            comes from <code>npm run audit</code> (Markdown, or <code>--json</code>).
          </p>
          <table className={styles.summary} aria-label="Flags by kind">
            <tbody>
              {FLAG_KINDS.map((k) => (
                <tr key={k} data-kind={k}>
                  <th scope="row">
                    <a href={`#${k}`}>{FLAG_TITLES[k]}</a>
                  </th>
                  <td className={report!.counts[k] ? styles.some : undefined}>{report!.counts[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CopyMarkdown markdown={auditMarkdown(report)} />
          {FLAG_KINDS.map((k) => {
            const flags = report!.flags.filter((f) => f.kind === k);
            return (
              <section key={k} id={k} className={styles.kind} aria-labelledby={`${k}-h`}>
                <h2 id={`${k}-h`}>
                  {FLAG_TITLES[k]} <span className="muted">({flags.length})</span>
                </h2>
                {flags.length ? (
                  <ul className={styles.flags}>
                    {flags.map((f, i) => (
                      <FlagItem key={i} flag={f} />
                    ))}
                  </ul>
                ) : (
                  <p className="muted">None.</p>
                )}
              </section>
            );
          })}
          <FootnoteTable rows={report.footnotes} />
        </>
      )}
    </div>
  );
}
