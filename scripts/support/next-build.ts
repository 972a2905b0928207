import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'lib'];
const SOURCE_FILES = ['next.config.mjs', 'package.json', 'tsconfig.json'];

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), st.mtimeMs);
}

function isFresh(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  return sources.every((p) => newestMtime(p) < built);
}

/**
 * Runs `next build` unless a production build newer than every source file exists. Test files run
 * in parallel processes, so a lock directory makes the others wait for one build.
 */
export async function ensureNextBuild(root = process.cwd()): Promise<void> {
  const lock = path.join(root, '.next-build.lock');
  for (;;) {
    if (isFresh(root)) return;
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - fs.statSync(lock).mtimeMs > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (!isFresh(root)) runBuild(root);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function runBuild(root: string): void {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`next build failed:\n${r.stdout}\n${r.stderr}`);
}
