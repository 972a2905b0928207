import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDataDir } from '../helpers/test-index';

let dataDir: string;
beforeAll(async () => {
  dataDir = await testDataDir();
});

function search(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/search.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, ...env },
  });
}

describe('npm run search', () => {
  it('prints a readable ranked list', () => {
    const r = search(['Battle of Buena Vista']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ 1\. \[\d\.\d{3}\] thesis:/m);
    expect(r.stdout).toMatch(/Buena Vista/);
  });
  it('prints the API object with --json', () => {
    const r = search(['--json', '--k', '3', 'Plan Colombia']);
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.results).toHaveLength(3);
    expect(body.results[0]).toHaveProperty('sectionTitle');
  });
  it('fails clearly on bad input and on a missing index', () => {
    expect(search(['']).stderr).toMatch(/q must not be empty/);
    const missing = search(['Colombia'], { DATA_DIR: '/nonexistent-footnote-dir' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/npm run ingest/);
  });
});
