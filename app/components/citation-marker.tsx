'use client';

import { useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { passageHref } from '@/lib/passages/href';
import { CitationCard } from './citation-card';
import { useHoverIntent, FloatingCard } from './floating-card';
import { whereLabel } from './format';
import type { CitationLike } from './types';

export interface CitationMarkerProps {
  n: number;
  /** Missing while the answer is still streaming: the marker shows, without a card yet. */
  citation?: CitationLike;
  /** Called on a plain click (e.g. to open the passage panel); without it the link opens the passage page. */
  onOpen?: (citation: CitationLike, trigger: HTMLElement) => void;
}

/** A superscript footnote number; hover or keyboard focus shows the citation card, click opens the passage. */
export function CitationMarker({ n, citation, onOpen }: CitationMarkerProps) {
  const ref = useRef<HTMLAnchorElement>(null);
  const cardId = useId();
  const { open, show, hide } = useHoverIntent();
  if (!citation) {
    return (
      <sup className="cite pending">
        <span aria-label={`Footnote ${n}`}>{n}</span>
      </sup>
    );
  }
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!onOpen || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    hide(true);
    onOpen(citation, e.currentTarget);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') hide(true);
  };
  return (
    <sup className="cite">
      <a
        ref={ref}
        href={passageHref(citation.id)}
        data-cite={n}
        aria-label={`Footnote ${n}: ${whereLabel(citation)}`}
        aria-describedby={open ? cardId : undefined}
        onPointerEnter={(e) => e.pointerType !== 'touch' && show()}
        onPointerLeave={() => hide()}
        onFocus={() => show(true)}
        onBlur={() => hide()}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        {n}
      </a>
      {open && (
        <FloatingCard anchor={ref} id={cardId} onPointerEnter={() => show(true)} onPointerLeave={() => hide()}>
          <CitationCard citation={citation} />
          <p className="card-hint">{onOpen ? 'Click the number to read the whole passage.' : 'Open the number to read the whole passage.'}</p>
        </FloatingCard>
      )}
    </sup>
  );
}
