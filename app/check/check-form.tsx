'use client';

import { useState, type FormEvent } from 'react';
import { passageHref } from '@/lib/passages/href';
import type { ClaimCheck } from '@/lib/tools/claim-check';
import { CitationCard } from '../components/citation-card';
import styles from './check.module.css';

const EXAMPLES = [
  'In 1942, the United States created the Joint Mexican-United States Defense Commission.',
  'Colombia got roughly six billion dollars of military aid between 2000 and 2009.',
  'Colombia received about $9 billion in military aid from 2000 to 2009.',
  'Mexico sent 50,000 soldiers to fight in the Korean War.',
];

type State = { status: 'idle' } | { status: 'checking' } | { status: 'done'; result: ClaimCheck } | { status: 'error'; message: string };

/** The claim box and the verdict with its evidence cards. */
export function CheckForm({ maxChars }: { maxChars: number }) {
  const [claim, setClaim] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });

  async function check(text: string) {
    if (!text.trim()) return;
    setState({ status: 'checking' });
    try {
      const res = await fetch('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ claim: text }) });
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? `The check failed (HTTP ${res.status}).`);
      setState({ status: 'done', result: body as ClaimCheck });
    } catch (err) {
      setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void check(claim);
  };

  return (
    <>
      <form onSubmit={submit} className={styles.form}>
        <label htmlFor="claim" className="visually-hidden">
          Claim to check
        </label>
        <textarea id="claim" name="claim" rows={3} maxLength={maxChars} value={claim} onChange={(e) => setClaim(e.target.value)} placeholder="Paste a claim about the thesis…" />
        <div className={styles.actions}>
          <button type="submit" className="primary" disabled={!claim.trim() || state.status === 'checking'}>
            {state.status === 'checking' ? 'Checking…' : 'Check claim'}
          </button>
          <span className="muted">
            {claim.length}/{maxChars}
          </span>
        </div>
      </form>
      <div className={styles.examples} aria-label="Example claims">
        {EXAMPLES.map((ex) => (
          <button
            key={ex}
            type="button"
            className="chip"
            onClick={() => {
              setClaim(ex);
              void check(ex);
            }}
          >
            {ex}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {state.status === 'error' && (
          <p className="problem" role="alert">
            {state.message}
          </p>
        )}
        {state.status === 'done' && <Result result={state.result} />}
      </div>
    </>
  );
}

const VERDICT_CLASS = { supported: styles.supported, 'partly supported': styles.partly, 'not found': styles.notFound } as const;

function Result({ result }: { result: ClaimCheck }) {
  return (
    <section className={styles.result} aria-label="Result" data-verdict={result.verdict}>
      <p className={styles.verdictLine}>
        <span className={`${styles.verdict} ${VERDICT_CLASS[result.verdict]}`}>{result.verdict}</span>
        <span className="muted">best support {result.score.toFixed(2)}</span>
      </p>
      {result.evidence.length === 0 && <p className="muted">No passage of the thesis shares this claim’s words.</p>}
      <ol className={styles.evidence}>
        {result.evidence.map((e) => (
          <li key={e.citation.id} data-record-id={e.citation.id}>
            <p className={styles.support}>
              <meter min={0} max={1} value={e.support} aria-label={`Support ${e.support.toFixed(2)}`} /> support {e.support.toFixed(2)}
              {e.missingNumbers.length > 0 && <span className={styles.missing}> · figures not in this passage: {e.missingNumbers.join(', ')}</span>}
              <a className="link-button" href={passageHref(e.citation.id)}>
                Read passage
              </a>
            </p>
            <CitationCard citation={e.citation} />
            <p className={styles.label}>{e.citation.label}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
