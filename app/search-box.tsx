'use client';

import { useState, type FormEvent } from 'react';

interface Result {
  id: string;
  kind: string;
  section: string | null;
  sectionTitle: string | null;
  pages: { start: number; end: number } | null;
  text: string;
}

export function SearchBox() {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Result[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!q.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/search?q=${encodeURIComponent(q)}&k=8`);
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? `Search failed (${res.status})`);
      setResults(body.results);
    } catch (err) {
      setError(err instanceof TypeError ? 'The server is unreachable.' : (err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-label="Search the thesis">
      <form className="search" onSubmit={onSubmit} role="search">
        <input aria-label="Search query" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. Mérida Initiative funding" />
        <button type="submit" disabled={busy}>{busy ? 'Searching…' : 'Search'}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {results && (
        <ol className="results">
          {results.map((r) => (
            <li key={r.id}>
              <div className="where">
                {r.section ? `§${r.section} ${r.sectionTitle ?? ''}` : r.kind}
                {r.pages ? ` · pp. ${r.pages.start}–${r.pages.end}` : ''} · {r.kind}
              </div>
              <div>{r.text}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
