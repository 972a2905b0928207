import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runIngest } from '../lib/ingest/run-ingest';
import { ensureNextBuild } from './helpers/next-build';

declare module 'vitest' {
  export interface ProvidedContext {
    dataDir: string;
  }
}

/** Builds one index of the real corpus for every test file, and the Next.js production build. */
export default async function setup(project: TestProject): Promise<() => void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-test-'));
  await runIngest({ corpusDir: 'corpus', dataDir, model: 'glove-sif-100d' });
  project.provide('dataDir', dataDir);
  if (!process.env.FOOTNOTE_SKIP_NEXT_BUILD) ensureNextBuild();
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
}
