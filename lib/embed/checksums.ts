/** SHA256SUMS files in `sha256sum` format ("<hex>  <relative/path>"), sorted by path. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SUMS_FILE = 'SHA256SUMS';

/** Files under `dir` (relative, `/`-separated, sorted), excluding the sums file itself. */
export function listModelFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && child !== SUMS_FILE) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Checksums of every file in `dir` (except SHA256SUMS), keyed by relative path. */
export function computeChecksums(dir: string): Map<string, string> {
  return new Map(listModelFiles(dir).map((f) => [f, sha256File(path.join(dir, f))]));
}

export function formatChecksums(sums: Map<string, string>): string {
  return [...sums.keys()].sort().map((f) => `${sums.get(f)}  ${f}\n`).join('');
}

export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`malformed ${SUMS_FILE} line: ${line}`);
    sums.set(m[2], m[1]);
  }
  return sums;
}

/** Differences between two checksum maps, as human-readable lines (empty when equal). */
export function diffChecksums(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [f, h] of expected) {
    if (!actual.has(f)) problems.push(`missing: ${f}`);
    else if (actual.get(f) !== h) problems.push(`differs: ${f}`);
  }
  for (const f of actual.keys()) if (!expected.has(f)) problems.push(`unexpected: ${f}`);
  return problems;
}

/** Compare `dir`'s files with its own SHA256SUMS. */
export function verifyModelDir(dir: string): string[] {
  const expected = parseChecksums(readFileSync(path.join(dir, SUMS_FILE), 'utf8'));
  return diffChecksums(expected, computeChecksums(dir));
}
