'use client';

import { useEffect, useRef } from 'react';

/**
 * While content grows (streaming), keeps the page scrolled to the bottom (past the composer dock)
 * if the reader was already near it; a reader who scrolled up to read is left alone.
 */
export function useFollowScroll(triggers: readonly unknown[]) {
  const end = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  useEffect(() => {
    const onScroll = () => {
      const doc = document.documentElement;
      following.current = doc.scrollHeight - (window.scrollY + window.innerHeight) < 160;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  useEffect(() => {
    if (following.current && end.current) window.scrollTo({ top: document.documentElement.scrollHeight });
  }, triggers);
  return end;
}
