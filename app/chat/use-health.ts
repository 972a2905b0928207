'use client';

import { useEffect, useState } from 'react';
import { describeProblem, OFFLINE_MESSAGE, type ChatProblem } from './describe-error';

/** Checks /api/health once on load: null while fine (or unknown), else the problem to show. */
export function useHealthProblem(): ChatProblem | null {
  const [problem, setProblem] = useState<ChatProblem | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/health', { cache: 'no-store' })
      .then(async (res) => {
        if (res.ok) return null;
        const body = (await res.json().catch(() => null)) as { error?: { kind?: string; message?: string } } | null;
        return describeProblem(body?.error?.kind, body?.error?.message);
      })
      .catch(() => ({ kind: 'offline', message: OFFLINE_MESSAGE }) as ChatProblem)
      .then((p) => live && setProblem(p));
    return () => {
      live = false;
    };
  }, []);
  return problem;
}
