'use client';

import { useState } from 'react';

/** Copies the audit as Markdown (the same text `npm run audit` prints). */
export function CopyMarkdown({ markdown }: { markdown: string }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <p>
      <button
        type="button"
        className="ghost"
        onClick={() =>
          navigator.clipboard.writeText(markdown).then(
            () => setCopied('done'),
            () => setCopied('failed'),
          )
        }
      >
        Copy as Markdown
      </button>{' '}
      <span role="status" className="muted">
        {copied === 'done' ? 'Copied.' : copied === 'failed' ? 'Copying is not allowed here.' : ''}
      </span>
    </p>
  );
}
