import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';

let dataDir: Promise<string> | undefined;

/** An index of the real corpus in a temporary data directory, built once per test file. */
export function testDataDir(): Promise<string> {
  dataDir ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-test-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    await runIngest({ corpusDir: 'corpus', dataDir: dir, model: 'glove-sif-100d' });
    return dir;
  })();
  return dataDir;
}
