import { describe, expect, it } from 'vitest';
import type { PassageDetail } from '@/lib/passages/types';
import { ask, openChat } from './support/chat-page';
import { E2E_TEST_TIMEOUT, e2eSession } from './support/session';

const session = e2eSession();
const get = (path: string) => fetch(`${session.url}${path}`);

describe('GET /api/passages/[id]', { timeout: E2E_TEST_TIMEOUT }, () => {
  it('returns a record in its section with resolved footnotes, prev/next and neighbours', async () => {
    const res = await get(`/api/passages/${encodeURIComponent('thesis:II.E:6')}`);
    expect(res.status).toBe(200);
    const p = (await res.json()) as PassageDetail;
    expect(p).toMatchObject({ id: 'thesis:II.E:6', kind: 'passage', section: 'II.E', sectionTitle: expect.any(String), pages: { start: expect.any(Number) } });
    expect(p.text).toContain('Mérida Initiative');
    expect(p.footnotes.length).toBeGreaterThan(0);
    for (const f of p.footnotes) expect(f).toEqual({ n: expect.any(Number), text: expect.any(String), pages: expect.toSatisfy((v) => v === null || typeof v === 'string'), source: expect.anything() });
    expect(p.footnotes.some((f) => f.source?.url?.startsWith('http'))).toBe(true);
    expect(p.prev?.id).toBe('thesis:II.E:5');
    expect(p.next?.id).toBe('thesis:II.E:7');
    expect(p.neighbors.before.map((n) => n.id)).toEqual(['thesis:II.E:4', 'thesis:II.E:5']);
    expect(p.neighbors.after.map((n) => n.id)).toEqual(['thesis:II.E:7', 'thesis:II.E:8']);
  });

  it('serves footnote and bibliography records, and 404s an unknown id', async () => {
    const fn = (await (await get(`/api/passages/${encodeURIComponent('thesis:fn:47')}`)).json()) as PassageDetail;
    expect(fn).toMatchObject({ kind: 'footnote', source: { id: 'bib:turbiville-2010' } });
    const bib = (await (await get(`/api/passages/${encodeURIComponent('bib:turbiville-2010')}`)).json()) as PassageDetail;
    expect(bib.kind).toBe('bibliography');
    expect(bib.citedBy).toContain(47);
    const missing = await get(`/api/passages/${encodeURIComponent('thesis:XX:1')}`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.kind).toBe('not-found');
  });
});

describe('passage page in Chromium', { timeout: E2E_TEST_TIMEOUT }, () => {
  it('loads from a footnote link and shows the passage with footnotes, sources and prev/next links', async () => {
    const page = await session.page();
    await openChat(page);
    await ask(page, 'What is the Mérida Initiative?');
    const first = page.locator('article.answer .cite a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/passage\/thesis%3A/);
    const quote = (await page.locator('article.answer .footnote-list li').first().locator('.quote').innerText()).replace(/\s+/g, ' ');
    await first.click();
    await page.getByRole('dialog').getByRole('link', { name: 'Open passage page' }).click();
    await page.waitForURL((u) => u.pathname === href && u.searchParams.has('q'));
    // The marks cover the quote (a footnote number after it is marked on its own, so spacing is not compared).
    expect((await page.locator('.focus-passage mark.quote-mark').allInnerTexts()).join('').replace(/\s+/g, '')).toBe(quote.replace(/\s+/g, ''));
    const id = decodeURIComponent(href!.split('/').pop()!);
    await page.locator(`.focus-passage[data-passage-id="${id}"]`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^§[IV]+/);
    expect(await page.locator('.breadcrumb').innerText()).toMatch(/p+\. \d+/);
    const pager = page.getByRole('navigation', { name: 'Previous and next passages' });
    expect(await pager.getByRole('link').count()).toBeGreaterThan(0);

    await page.goto(`/passage/${encodeURIComponent('thesis:II.E:6')}`);
    const fnLinks = page.locator('.focus-passage sup.fnref a');
    expect(await fnLinks.count()).toBeGreaterThan(0);
    expect(await page.locator('.page-footnotes .bib-entry a[href^="http"]').count()).toBeGreaterThan(0);
    await pager.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL(/thesis%3AII\.E%3A7$/);
    await page.locator('.focus-passage[data-passage-id="thesis:II.E:7"]').waitFor();

    const res = await page.goto(`/passage/${encodeURIComponent('thesis:nope')}`);
    expect(res?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('No such passage');
    await page.context().close();
  });
});
