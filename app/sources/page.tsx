import type { Metadata } from 'next';
import { toAppError } from '@/lib/errors';
import { getStore } from '@/lib/index/current-store';
import { listSources, type SourceListing } from '@/lib/tools/sources';
import { SourcesBrowser } from './sources-browser';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources — Footnote' };

/** The bibliography as a browsable list, each entry with every thesis claim that cites it. */
export default async function SourcesPage() {
  let sources: SourceListing[] = [];
  let problem: string | null = null;
  try {
    sources = listSources((await getStore()).corpus);
  } catch (err) {
    problem = toAppError(err).message;
  }
  return (
    <div className="page">
      <h1>Sources</h1>
      {problem ? (
        <p role="alert" className="problem">
          {problem}
        </p>
      ) : (
        <>
          <p className="muted">
            The thesis’s bibliography: {sources.length} entries cited {sources.reduce((n, s) => n + s.count, 0)} times. Each entry lists the claims that cite it —
            through full and short footnotes, <i>Ibid.</i> chains and table notes — with section, page and a link to the passage.
          </p>
          <SourcesBrowser sources={sources} />
        </>
      )}
    </div>
  );
}
