'use client';

import type { Lead } from '@/lib/answer/leads';
import { whereLabel } from '../components/format';
import { Markdown } from '../components/markdown';
import { ReadPassage } from '../components/read-passage';
import type { CitationLike } from '../components/types';

export interface ClosestPassagesProps {
  leads: readonly Lead[];
  onOpen?: (citation: CitationLike, trigger: HTMLElement) => void;
}

/** After an abstention: where the thesis comes closest to the question, to read rather than to trust. */
export function ClosestPassages({ leads, onOpen }: ClosestPassagesProps) {
  if (!leads.length) return null;
  return (
    <section className="closest-passages" aria-label="Closest passages">
      <p className="closest-heading">Closest passages in the thesis. They may not answer the question:</p>
      <ul>
        {leads.map((l) => {
          const passage: CitationLike = { id: l.id, section: l.section, sectionTitle: l.sectionTitle, pages: l.pages, quote: l.excerpt, footnotes: [] };
          return (
            <li key={l.id}>
              <p className="where">
                {whereLabel(l)}
                <ReadPassage passage={passage} onOpen={onOpen} label={`Read passage ${whereLabel(l)}`} />
              </p>
              <blockquote className="quote">
                <Markdown text={l.excerpt} inline />
              </blockquote>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
