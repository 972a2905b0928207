import Link from 'next/link';
import { passageHref } from '@/lib/passages/href';
import type { NeighborPassage, PassageDetail, PassageLink } from '@/lib/passages/types';
import { footnoteRecordLabel, pagesLabel, titleCase } from '../../components/format';
import { Markdown } from '../../components/markdown';
import { PassageText } from '../../components/passage-text';
import { SourceFootnotes } from '../../components/source-footnotes';

const KIND_LABEL: Record<string, string> = {
  footnote: 'Thesis footnote',
  bibliography: 'Bibliography entry',
  table: 'Table',
  'table-row': 'Table row',
  abstract: 'Abstract',
  'source-passage': 'Source document',
};

function NavLink({ link, rel }: { link: PassageLink | null; rel: 'prev' | 'next' }) {
  if (!link) return <span />;
  return (
    <Link href={passageHref(link.id)} rel={rel} className={`pager-${rel}`}>
      <span className="pager-label">{rel === 'prev' ? '← Previous' : 'Next →'}</span>
      <span className="pager-excerpt">{link.excerpt}</span>
    </Link>
  );
}

function Neighbor({ n }: { n: NeighborPassage }) {
  const label = footnoteRecordLabel(n.id);
  return (
    <div className="neighbor">
      {label && <p className="neighbor-label">{label}</p>}
      <PassageText text={n.text} />
      <Link href={passageHref(n.id)} className="link-button">
        Open this passage
      </Link>
    </div>
  );
}

const fnHref = (n: number) => `#p-fn-${n}`;

/** One record in its section (the nearest passage before it, two after), its footnotes, sources and pager. */
export function PassageView({ passage: p, quote }: { passage: PassageDetail; quote?: string }) {
  const title = p.sectionTitle ? titleCase(p.sectionTitle) : (KIND_LABEL[p.kind] ?? 'Passage');
  return (
    <article className="page passage-page" aria-labelledby="passage-title">
      <p className="breadcrumb">
        <Link href="/">Footnote</Link> › {p.doc === 'thesis' ? 'Thesis' : p.doc}
        {p.section && <> › §{p.section}</>}
        {p.pages && <> › {pagesLabel(p.pages)}</>}
        {KIND_LABEL[p.kind] && <span className="kind-tag">{KIND_LABEL[p.kind]}</span>}
      </p>
      <h1 id="passage-title">{p.section ? `§${p.section} ${title}` : title}</h1>
      <div className="section-flow">
        {p.neighbors.before.slice(-1).map((n) => (
          <Neighbor key={n.id} n={n} />
        ))}
        <div className="focus-passage" id="passage" data-passage-id={p.id}>
          {footnoteRecordLabel(p.id) && <p className="neighbor-label">{footnoteRecordLabel(p.id)}</p>}
          <PassageText text={p.text} quote={quote} footnoteHref={fnHref} />
          <p className="record-id">
            Record <code>{p.id}</code>
          </p>
        </div>
        {p.neighbors.after.map((n) => (
          <Neighbor key={n.id} n={n} />
        ))}
      </div>
      {p.footnotes.length > 0 && (
        <section className="page-footnotes" aria-labelledby="fn-title">
          <h2 id="fn-title">Footnotes</h2>
          <SourceFootnotes footnotes={p.footnotes} idPrefix="p" />
        </section>
      )}
      {p.kind !== 'bibliography' && p.source && !p.footnotes.some((f) => f.source?.id === p.source?.id) && (
        <section className="page-footnotes" aria-label="Source">
          <h2>Source</h2>
          <p>
            <Markdown text={p.source.text} inline />{' '}
            <Link href={passageHref(p.source.id)} className="record-link">
              entry ↗
            </Link>
          </p>
        </section>
      )}
      {p.citedBy.length > 0 && (
        <section className="page-footnotes" aria-labelledby="cited-title">
          <h2 id="cited-title">Cited in the thesis’s footnotes</h2>
          <p className="cited-by">
            {p.citedBy.map((n) => (
              <Link key={n} href={passageHref(`thesis:fn:${n}`)}>
                {n}
              </Link>
            ))}
          </p>
        </section>
      )}
      <nav className="pager" aria-label="Previous and next passages">
        <NavLink link={p.prev} rel="prev" />
        <NavLink link={p.next} rel="next" />
      </nav>
    </article>
  );
}
