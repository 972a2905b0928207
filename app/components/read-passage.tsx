'use client';

import { passageHref } from '@/lib/passages/href';
import type { CitationLike } from './types';

export interface ReadPassageProps {
  passage: CitationLike;
  /** Opens the passage (e.g. in the side panel); without it, a link to the passage page. */
  onOpen?: (citation: CitationLike, trigger: HTMLElement) => void;
  /** Accessible name of the button, e.g. "Read passage of footnote 2". */
  label: string;
}

/** "Read passage": a button opening the passage in place, or a link to its page. */
export function ReadPassage({ passage, onOpen, label }: ReadPassageProps) {
  return onOpen ? (
    <button type="button" className="link-button" onClick={(e) => onOpen(passage, e.currentTarget)} aria-label={label}>
      Read passage
    </button>
  ) : (
    <a className="link-button" href={passageHref(passage.id)}>
      Read passage
    </a>
  );
}
