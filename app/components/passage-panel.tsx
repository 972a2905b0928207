'use client';

import { useEffect, useId, useRef } from 'react';
import { passageHref } from '@/lib/passages/href';
import type { NeighborPassage, PassageDetail } from '@/lib/passages/types';
import { pagesLabel, titleCase } from './format';
import { PassageText } from './passage-text';
import { SourceFootnotes } from './source-footnotes';
import { usePassage } from './use-passage';

export interface PassagePanelProps {
  /** Record id to show. */
  id: string;
  /** Verbatim span to highlight (the citation's quote). */
  quote?: string;
  onClose: () => void;
  /** Show another record in the panel (neighbours, prev/next); without it they link to their pages. */
  onNavigate?: (id: string) => void;
}

function Neighbor({ n, onNavigate }: { n: NeighborPassage; onNavigate?: (id: string) => void }) {
  return (
    <div className="neighbor">
      <PassageText text={n.text} />
      {onNavigate ? (
        <button type="button" className="link-button" onClick={() => onNavigate(n.id)}>
          Focus this passage
        </button>
      ) : (
        <a className="link-button" href={passageHref(n.id)}>Open this passage</a>
      )}
    </div>
  );
}

function Body({ p, quote, onNavigate, prefix }: { p: PassageDetail; quote?: string; onNavigate?: (id: string) => void; prefix: string }) {
  return (
    <>
      {p.neighbors.before.length > 0 && <p className="neighbor-label">Before, in this section</p>}
      {p.neighbors.before.map((n) => <Neighbor key={n.id} n={n} onNavigate={onNavigate} />)}
      <div className="focus-passage" data-passage-id={p.id}>
        <PassageText text={p.text} quote={quote} footnoteHref={(n) => `#${prefix}-fn-${n}`} />
      </div>
      {p.neighbors.after.length > 0 && <p className="neighbor-label">After, in this section</p>}
      {p.neighbors.after.map((n) => <Neighbor key={n.id} n={n} onNavigate={onNavigate} />)}
      {p.footnotes.length > 0 && (
        <section aria-label="Footnotes of this passage" className="panel-footnotes">
          <h3>The thesis’s footnotes</h3>
          <SourceFootnotes footnotes={p.footnotes} idPrefix={prefix} />
        </section>
      )}
    </>
  );
}

/** A side panel with the whole passage, the quote highlighted, and its neighbours in the section. */
export function PassagePanel({ id, quote, onClose, onNavigate }: PassagePanelProps) {
  const state = usePassage(id);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const prefix = `panel-${headingId.replace(/[^a-zA-Z0-9]/g, '')}`;
  useEffect(() => heading.current?.focus(), [id]);
  useEffect(() => {
    if (state.status === 'ready') heading.current?.closest('.passage-panel')?.querySelector('.quote-mark')?.scrollIntoView({ block: 'center' });
  }, [state.status]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const p = state.status === 'ready' ? state.passage : null;
  return (
    <aside className="passage-panel" role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {p ? (p.section ? `§${p.section} ${titleCase(p.sectionTitle ?? '')}` : titleCase(p.sectionTitle ?? p.kind)) : 'Passage'}
          {p?.pages && <span className="pages"> · {pagesLabel(p.pages)}</span>}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close passage panel">
          ✕
        </button>
      </header>
      <div className="panel-body">
        {state.status === 'loading' && <p className="muted" role="status">Loading the passage…</p>}
        {state.status === 'error' && <p className="error" role="alert">{state.message}</p>}
        {p && <Body p={p} quote={quote} onNavigate={onNavigate} prefix={prefix} />}
      </div>
      {p && (
        <footer className="panel-footer">
          {p.prev && onNavigate && <button type="button" className="link-button" onClick={() => onNavigate(p.prev!.id)}>← Previous</button>}
          <a href={passageHref(p.id, quote)} className="link-button">Open passage page</a>
          {p.next && onNavigate && <button type="button" className="link-button" onClick={() => onNavigate(p.next!.id)}>Next →</button>}
        </footer>
      )}
    </aside>
  );
}
