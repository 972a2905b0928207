'use client';

import { useMemo, useState } from 'react';
import { passageHref } from '@/lib/passages/href';
import type { SourceListing } from '@/lib/tools/sources';
import type { SourceKind } from '@/lib/tools/source-kinds';
import { pagesLabel } from '../components/format';
import { Markdown } from '../components/markdown';
import styles from './sources.module.css';

type Sort = 'author' | 'count';

/** The kinds as the filter names them. */
const KINDS: Record<SourceKind, string> = { news: 'news', journal: 'journals', book: 'books', government: 'government', other: 'other' };

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Search and sort over the bibliography; each entry opens to the claims citing it. */
export function SourcesBrowser({ sources }: { sources: SourceListing[] }) {
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<Sort>('author');
  const [kind, setKind] = useState<SourceKind | 'all'>('all');
  const shown = useMemo(() => {
    const words = fold(q).split(/\s+/).filter(Boolean);
    const hits = sources.filter((s) => (kind === 'all' || s.kind === kind) && words.every((w) => fold(`${s.text} ${s.short}`).includes(w)));
    return sort === 'count' ? [...hits].sort((a, b) => b.count - a.count || a.short.localeCompare(b.short)) : hits;
  }, [sources, q, sort, kind]);
  return (
    <>
      <div className={styles.controls}>
        <label className={styles.search}>
          <span className="visually-hidden">Search the bibliography</span>
          <input type="search" placeholder="Search authors, titles, venues…" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Search the bibliography" />
        </label>
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind | 'all')} aria-label="Kind of source">
            <option value="all">all</option>
            {(Object.keys(KINDS) as SourceKind[]).map((k) => (
              <option key={k} value={k}>
                {KINDS[k]} ({sources.filter((s) => s.kind === k).length})
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} aria-label="Sort sources">
            <option value="author">author</option>
            <option value="count">times cited</option>
          </select>
        </label>
      </div>
      <p className="muted" role="status" aria-live="polite">
        {shown.length === sources.length ? `${sources.length} sources` : `${shown.length} of ${sources.length} sources`}
      </p>
      <ol className={styles.list} data-testid="sources">
        {shown.map((s) => (
          <li key={s.id} className={styles.entry} data-source-id={s.id}>
            <details>
              <summary>
                <span className={styles.count} title={`Cited ${s.count} times`}>
                  {s.count}×
                </span>{' '}
                <strong>{s.short}</strong>
                <span className={styles.bib}>
                  <Markdown text={s.text} inline />
                </span>
                {s.fullTextRecords > 0 && <span className="kind-tag">full text</span>}
              </summary>
              <p className={styles.links}>
                <a href={passageHref(s.id)}>Bibliography entry</a>
                {s.url && (
                  <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
                    {s.url}
                  </a>
                )}
              </p>
              <ol className={styles.claims} aria-label={`Claims citing ${s.short}`}>
                {s.citedBy.map((c) => (
                  <li key={c.footnote}>
                    <p className="where">
                      <span className="tag">
                        Thesis fn. <span className="num">{c.footnote}</span>
                      </span>{' '}
                      {[c.section ? `§${c.section}` : null, pagesLabel(c.pages), c.citedPages ? `cites ${/[-–,]/.test(c.citedPages) ? 'pp.' : 'p.'} ${c.citedPages}` : null, c.form === 'ibid' ? 'Ibid.' : c.form === 'table-note' ? 'table note' : null]
                        .filter(Boolean)
                        .join(' · ')}
                      {c.chunkId && (
                        <a className="link-button" href={passageHref(c.chunkId)}>
                          Read passage
                        </a>
                      )}
                      <a className="link-button" href={passageHref(`thesis:fn:${c.footnote}`)}>
                        Footnote
                      </a>
                    </p>
                    <blockquote className="quote">
                      <Markdown text={c.sentence} inline />
                    </blockquote>
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
