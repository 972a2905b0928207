/** `npm start` on a fresh clone: build the index and the Next.js app if they are missing. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from '../lib/config';
import { readManifest } from '../lib/index/read-manifest';

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const config = getConfig();
let hasIndex = false;
try {
  hasIndex = readManifest(config.dataDir) !== null;
} catch {
  console.log('The index is corrupt; rebuilding it.');
}
if (!hasIndex) {
  console.log('No index yet: running `npm run ingest`.');
  run(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/ingest.ts']);
}
if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) {
  console.log('No production build yet: running `next build`.');
  run(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build']);
}
console.log(`Starting Footnote on http://localhost:${config.PORT}`);
