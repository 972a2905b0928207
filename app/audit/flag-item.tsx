import { passageHref } from '@/lib/passages/href';
import type { AuditFlag } from '@/lib/tools/audit/types';
import { pagesLabel } from '../components/format';
import { Markdown } from '../components/markdown';
import styles from './audit.module.css';

/** One flag: what is wrong, then every record involved as a quote with a link to its passage. */
export function FlagItem({ flag }: { flag: AuditFlag }) {
  return (
    <li className={styles.flag} data-kind={flag.kind}>
      <p className={styles.flagTitle}>{flag.title}</p>
      <ul className={styles.evidence}>
        {flag.evidence.map((e, i) => (
          <li key={`${e.id}-${i}`}>
            <p className="where">
              <span className="tag">{e.role}</span> {[e.section ? `§${e.section}` : null, pagesLabel(e.pages)].filter(Boolean).join(' · ')}
              <a className="link-button" href={passageHref(e.id)}>
                {e.id.startsWith('bib:') ? 'Entry' : e.id.startsWith('thesis:fn:') ? 'Footnote' : 'Read passage'}
              </a>
            </p>
            {e.quote && (
              <blockquote className="quote">
                <Markdown text={e.quote} inline />
              </blockquote>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
