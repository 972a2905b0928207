'use client';

import { useEffect, useState } from 'react';
import { passageApiUrl } from '@/lib/passages/href';
import type { PassageDetail } from '@/lib/passages/types';

const cache = new Map<string, Promise<PassageDetail>>();

/** GET /api/passages/[id], cached per page; errors carry the server's message. */
export function fetchPassage(id: string): Promise<PassageDetail> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(passageApiUrl(id)).then(async (res) => {
      const body = await res.json().catch(() => null);
      if (!res.ok) throw new Error(body?.error?.message ?? `The passage could not be loaded (HTTP ${res.status}).`);
      return body as PassageDetail;
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}

export type PassageState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; passage: PassageDetail };

/** The passage with this id, loaded from /api/passages/[id]. */
export function usePassage(id: string | null): PassageState {
  const [state, setState] = useState<{ id: string | null; value: PassageState }>({ id: null, value: { status: 'loading' } });
  useEffect(() => {
    if (!id) return;
    let live = true;
    fetchPassage(id).then(
      (passage) => live && setState({ id, value: { status: 'ready', passage } }),
      (err: unknown) => {
        const message = err instanceof TypeError ? 'The server is unreachable.' : err instanceof Error ? err.message : String(err);
        if (live) setState({ id, value: { status: 'error', message } });
      },
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state.id === id ? state.value : { status: 'loading' };
}
