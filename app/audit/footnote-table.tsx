import { passageHref } from '@/lib/passages/href';
import type { FootnoteRow } from '@/lib/tools/audit/types';
import { pagesLabel } from '../components/format';
import styles from './audit.module.css';

const FORM: Record<FootnoteRow['form'], string> = { full: 'full', short: 'short', ibid: 'Ibid.', 'table-note': 'table note', unknown: '?' };

/** Every footnote: claim, resolved source(s), cited pages, thesis location, and the check against the source's text. */
export function FootnoteTable({ rows }: { rows: FootnoteRow[] }) {
  return (
    <section id="footnotes" className={styles.kind} aria-labelledby="footnotes-h">
      <h2 id="footnotes-h">
        All footnotes <span className="muted">({rows.length})</span>
      </h2>
      <details>
        <summary>Show the claim, source and cited pages of every footnote</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Fn.</th>
                <th scope="col">Claim</th>
                <th scope="col">Source</th>
                <th scope="col">Cited pages</th>
                <th scope="col">Thesis</th>
                <th scope="col">Source text</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.n} id={`fn-${r.n}`}>
                  <td>
                    <a href={passageHref(`thesis:fn:${r.n}`)}>{r.n}</a>
                    <div className="muted">{FORM[r.form]}{r.ibidOf !== null ? ` of ${r.ibidOf}` : ''}</div>
                  </td>
                  <td>{r.chunkId ? <a href={passageHref(r.chunkId)}>{r.claim}</a> : r.claim}</td>
                  <td>
                    {r.sources.length ? (
                      r.sources.map((s) => (
                        <div key={s.id}>
                          <a href={passageHref(s.id)}>{s.short}</a>
                        </div>
                      ))
                    ) : (
                      <strong className="error">unresolved</strong>
                    )}
                  </td>
                  <td>{r.citedPages ?? ''}</td>
                  <td>{[r.section ? `§${r.section}` : null, pagesLabel(r.pages)].filter(Boolean).join(' · ')}</td>
                  <td>
                    {r.sourceCheck && (
                      <a href={passageHref(r.sourceCheck.recordId)} title={r.sourceCheck.quote}>
                        {r.sourceCheck.verdict} ({r.sourceCheck.score.toFixed(2)})
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
