import fs from 'node:fs';
import { getConfig } from '../config';
import { dataPaths } from './paths';
import { loadStore, type Store } from './load-store';

interface Cached {
  stamp: string;
  store: Promise<Store>;
}

let current: Cached | undefined;
let settled: Store | undefined;

function manifestStamp(dataDir: string): string {
  try {
    const st = fs.statSync(dataPaths(dataDir).manifest);
    return `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return 'missing';
  }
}

/**
 * The store for the current build. A new ingest is noticed by the manifest's stamp and loaded on
 * the next request; if the new build cannot be loaded, the previous one keeps serving.
 */
export async function getStore(): Promise<Store> {
  const { dataDir, EMBEDDING_MODEL } = getConfig();
  const stamp = manifestStamp(dataDir);
  if (!current || current.stamp !== stamp) {
    const store = loadStore(dataDir, EMBEDDING_MODEL);
    current = { stamp, store };
    store.then(
      (s) => (settled = s),
      () => undefined,
    );
  }
  try {
    return await current.store;
  } catch (err) {
    if (settled && stamp !== 'missing') return settled;
    current = undefined; // retry on the next request
    throw err;
  }
}

/** For tests: forget the cached store. */
export function resetStore(): void {
  current = undefined;
  settled = undefined;
}
