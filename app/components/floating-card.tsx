'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

const GAP = 8;
const MARGIN = 8;

/** Open/close with small delays, so the pointer can travel from the trigger into the card. */
export function useHoverIntent(openDelay = 120, closeDelay = 180) {
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const clear = () => clearTimeout(timer.current);
  const show = useCallback((now = false) => {
    clear();
    if (now) setOpen(true);
    else timer.current = setTimeout(() => setOpen(true), openDelay);
  }, [openDelay]);
  const hide = useCallback((now = false) => {
    clear();
    if (now) setOpen(false);
    else timer.current = setTimeout(() => setOpen(false), closeDelay);
  }, [closeDelay]);
  useEffect(() => clear, []);
  return { open, show, hide };
}

interface Position {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
}

function place(anchor: DOMRect, cardHeight: number): Position {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const width = Math.min(400, vw - 2 * MARGIN);
  const left = Math.min(Math.max(MARGIN, anchor.left + anchor.width / 2 - width / 2), vw - width - MARGIN);
  const below = vh - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  if (cardHeight <= below || below >= above) return { top: anchor.bottom + GAP, left, width, maxHeight: below };
  const h = Math.min(cardHeight, above);
  return { top: anchor.top - GAP - h, left, width, maxHeight: above };
}

export interface FloatingCardProps {
  anchor: RefObject<HTMLElement | null>;
  id: string;
  children: ReactNode;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** A card fixed next to its anchor, kept inside the viewport (below it, or above when there is more room). */
export function FloatingCard({ anchor, id, children, onPointerEnter, onPointerLeave }: FloatingCardProps) {
  const card = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Position | null>(null);
  useLayoutEffect(() => {
    const update = () => {
      if (anchor.current && card.current) setPos(place(anchor.current.getBoundingClientRect(), card.current.scrollHeight));
    };
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [anchor]);
  return createPortal(
    <div
      ref={card}
      id={id}
      role="tooltip"
      className="floating-card"
      style={pos ? { top: pos.top, left: pos.left, width: pos.width, maxHeight: pos.maxHeight } : { visibility: 'hidden', top: 0, left: 0 }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {children}
    </div>,
    document.body,
  );
}
