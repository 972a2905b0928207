import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';
import { AppError, toAppError } from '@/lib/errors';
import { parseInput, readJsonBody } from '@/lib/http/respond';
import { replaceSymlink, writeFileAtomic } from '@/lib/index/atomic-write';
import { searchQuerySchema } from '@/lib/retrieve/search-request';

describe('config', () => {
  it('has offline defaults', () => {
    const c = parseConfig({});
    expect(c.LLM_PROVIDER).toBe('extractive');
    expect(c.EMBEDDING_MODEL).toBe('glove-sif-100d');
    expect(c.PORT).toBe(3000);
  });
  it('rejects invalid values with a clear message', () => {
    expect(() => parseConfig({ LLM_PROVIDER: 'skynet' })).toThrow(/LLM_PROVIDER/);
    expect(() => parseConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });
});

describe('errors', () => {
  it('maps kinds to statuses and hides internals', () => {
    expect(new AppError('index-missing', 'x').status).toBe(503);
    expect(new AppError('bad-request', 'x').status).toBe(400);
    const e = toAppError(new Error('secret stack detail'));
    expect(e.status).toBe(500);
    expect(JSON.stringify(e.toJSON())).not.toContain('secret');
  });
});

describe('input validation', () => {
  it('rejects empty, oversized and unknown kinds', () => {
    expect(() => parseInput(searchQuerySchema(), { q: '   ' })).toThrow(AppError);
    expect(() => parseInput(searchQuerySchema(), { q: 'x'.repeat(2001) })).toThrow(/2000/);
    expect(() => parseInput(searchQuerySchema(), { q: 'ok', kind: 'poem' })).toThrow(AppError);
    expect(parseInput(searchQuerySchema(), { q: 'ok', kind: 'passage,footnote', k: '3' })).toMatchObject({ k: 3, kind: ['passage', 'footnote'] });
  });
  it('turns malformed JSON into a bad-request', async () => {
    await expect(readJsonBody(new Request('http://x', { method: 'POST', body: '{nope' }))).rejects.toMatchObject({ kind: 'bad-request' });
    await expect(readJsonBody(new Request('http://x', { method: 'POST', body: '' }))).rejects.toMatchObject({ kind: 'bad-request' });
  });
});

describe('atomic writes', () => {
  it('replaces files and links without leaving temp files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-atomic-'));
    const file = path.join(dir, 'm.json');
    writeFileAtomic(file, '1');
    writeFileAtomic(file, '2');
    expect(fs.readFileSync(file, 'utf8')).toBe('2');
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    replaceSymlink(path.join(dir, 'a'), path.join(dir, 'link'));
    replaceSymlink(path.join(dir, 'b'), path.join(dir, 'link'));
    expect(fs.readlinkSync(path.join(dir, 'link'))).toBe('b');
    expect(fs.readdirSync(dir).sort()).toEqual(['a', 'b', 'link', 'm.json']);
    fs.rmSync(dir, { recursive: true });
  });
});
