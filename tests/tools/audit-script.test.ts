import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT_THESIS, SMITH_TEXT } from './fixtures/audit-thesis';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-audit-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'thesis.md'), AUDIT_THESIS);
fs.mkdirSync(path.join(dir, 'sources'));
fs.writeFileSync(path.join(dir, 'sources', 'smith.md'), SMITH_TEXT);
fs.writeFileSync(path.join(dir, 'sources', 'manifest.json'), JSON.stringify({ files: [{ file: 'smith.md', source: 'bib:smith-2001' }] }));

function audit(...args: string[]) {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  return spawnSync(tsx, ['scripts/audit.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CORPUS_DIR: dir, DATA_DIR: path.join(dir, 'no-index') },
  });
}

describe('npm run audit', () => {
  it('prints Markdown, parsing corpus/ (with its sources) when there is no index', () => {
    const r = audit();
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/No index found; auditing corpus\/ directly/);
    expect(r.stdout).toMatch(/^# Citation audit/);
    expect(r.stdout).toContain('| Bibliography entries never cited | 2 |');
    expect(r.stdout).toContain('1 cited sources with full text');
  });

  it('prints the report object with --json', () => {
    const r = audit('--json', '--corpus');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.counts).toMatchObject({ 'unresolved-footnote': 1, 'doubtful-ibid': 2, 'conflicting-figures': 2 });
    expect(report.footnotes).toHaveLength(7);
  });

  it('fails clearly for an unknown bibliography id in the sources manifest', () => {
    fs.writeFileSync(path.join(dir, 'sources', 'manifest.json'), JSON.stringify({ files: [{ file: 'smith.md', source: 'bib:nobody-1999' }] }));
    const r = audit('--corpus');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/audit failed: .*unknown bibliography id "bib:nobody-1999"/);
  });
});
