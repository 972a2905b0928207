import type { Metadata } from 'next';
import { getConfig } from '@/lib/config';
import { PARTLY_AT, SUPPORTED_AT } from '@/lib/tools/claim-check';
import { CheckForm } from './check-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Claim check — Footnote' };

/** Paste a claim (e.g. a sentence of a student essay); see the passages that support it, a score and a verdict. */
export default function CheckPage() {
  return (
    <div className="page">
      <h1>Claim check</h1>
      <p className="muted">
        Paste a claim about the thesis — a sentence of a student essay, say. The best supporting passages are found and scored by the share of the claim’s content
        words and figures they contain: <strong>supported</strong> from {SUPPORTED_AT.toFixed(2)} with every figure present, <strong>partly supported</strong> from{' '}
        {PARTLY_AT.toFixed(2)}, else <strong>not found</strong>. The score is lexical: it cannot tell a negation or a swapped argument, so read the evidence.
      </p>
      <CheckForm maxChars={getConfig().MAX_QUESTION_CHARS} />
    </div>
  );
}
