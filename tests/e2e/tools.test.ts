import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser';
import { e2eSession } from './support/session';

const session = e2eSession();
const get = (path: string) => fetch(`${session.url}${path}`);
const post = (path: string, body: unknown) => fetch(`${session.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('tool APIs', () => {
  it('GET /api/sources lists the bibliography with the claims citing each entry', async () => {
    const res = await get('/api/sources');
    expect(res.status).toBe(200);
    const { sources } = await res.json();
    expect(sources).toHaveLength(53);
    const t = sources.find((s: { id: string }) => s.id === 'bib:turbiville-2010');
    expect(t).toMatchObject({ text: expect.stringContaining('Turbiville'), url: expect.stringMatching(/^http/), count: 31 });
    expect(t.citedBy[0]).toEqual(expect.objectContaining({ footnote: 36, chunkId: expect.stringMatching(/^thesis:II\.B:/), section: 'II.B', pages: { start: 17, end: 17 }, sentence: expect.stringContaining('525,000') }));
    const cook = await (await get('/api/sources?q=cook')).json();
    expect(cook.sources.map((s: { id: string }) => s.id)).toEqual(['bib:cook-2004']);
  });

  it('POST /api/check returns a verdict with citations, and 400s bad claims', async () => {
    const res = await post('/api/check', { claim: 'In 1997, General Charles E. Wilhelm assumed command of USSOUTHCOM.' });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r).toMatchObject({ verdict: 'supported', score: 1 });
    expect(r.evidence[0].citation).toMatchObject({ id: 'thesis:III.D:5', label: expect.stringMatching(/^Thesis p\. 50, §III\.D; the thesis cites Cook 2004/) });
    expect((await post('/api/check', { claim: '' })).status).toBe(400);
    expect((await post('/api/check', { claim: 'x'.repeat(2001) })).status).toBe(400);
    const notJson = await fetch(`${session.url}/api/check`, { method: 'POST', body: 'claim=1' });
    expect(notJson.status).toBe(400);
  });

  it('GET /api/timeline filters by period and country, and 400s bad bounds', async () => {
    const res = await get('/api/timeline?from=1994&to=1997&country=Mexico');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.filter).toEqual({ from: '1994', to: '1997', country: 'Mexico' });
    expect(body.count).toBe(body.events.length);
    expect(body.events.length).toBeGreaterThanOrEqual(7);
    for (const e of body.events) {
      expect(e.countries).toContain('Mexico');
      expect(e.citation).toMatchObject({ id: e.recordId, quote: expect.any(String), label: expect.stringMatching(/^Thesis/) });
    }
    const all = await (await get('/api/timeline')).json();
    expect(all.count).toBeGreaterThanOrEqual(140);
    expect(all.events.map((e: { start: string }) => e.start)).toEqual([...all.events.map((e: { start: string }) => e.start)].sort());
    for (const q of ['from=abc', 'to=1997-13', 'from=1998&to=1990', 'country=Peru']) expect((await get(`/api/timeline?${q}`)).status, q).toBe(400);
  });

  it('the chat answers "what happened in 1942?" from the timeline', async () => {
    const res = await post('/api/ask', { question: 'What happened in 1942?' });
    const r = await res.json();
    // The period's timeline events come first: the Mexico and the Colombia passages dated 1942.
    const firstTwo = r.passages.slice(0, 2) as { id: string; section: string; text: string }[];
    expect(firstTwo.map((p) => p.section).sort()).toEqual(['II.C', 'III.C']);
    for (const p of firstTwo) expect(p.text).toMatch(/1942/);
    expect(r.answer).toMatch(/1942/);
  });
});

describe('tool pages in Chromium', () => {
  it('/sources: search, open an entry, follow a claim to its passage', async () => {
    const page = await session.page();
    await page.goto('/sources');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).getAttribute('aria-current')).toBe('page');
    // The kind filter narrows the list to one kind of work.
    await page.getByLabel('Kind of source').selectOption('government');
    await page.getByRole('status').filter({ hasText: '7 of 53 sources' }).waitFor();
    await page.getByLabel('Kind of source').selectOption('all');
    await page.getByLabel('Search the bibliography').fill('turbiville');
    await page.getByRole('status').filter({ hasText: '1 of 53 sources' }).waitFor();
    const entry = page.locator('[data-source-id="bib:turbiville-2010"]');
    await entry.locator('summary').click();
    const claims = entry.getByRole('list', { name: 'Claims citing Turbiville 2010' }).locator(':scope > li');
    expect(await claims.count()).toBe(31);
    expect(await claims.first().innerText()).toMatch(/fn\. 36[\s\S]*§II\.B · p\. 17 · cites p\. 4[\s\S]*525,000 square miles/i);
    await saveScreenshot(page, 'tools-sources');
    await claims.first().getByRole('link', { name: 'Read passage' }).click();
    await page.waitForURL(/\/passage\/thesis%3AII\.B%3A/);
    await page.locator('.focus-passage').waitFor();
  });

  it('/audit: counts by kind, flags with evidence links, every footnote', async () => {
    const page = await session.page();
    await page.goto('/audit');
    const summary = page.getByRole('table', { name: 'Flags by kind' });
    expect(await summary.locator('tr[data-kind="conflicting-figures"] td').innerText()).toBe('3');
    expect(await summary.locator('tr[data-kind="spelling-difference"] td').innerText()).toBe('3');
    expect(await summary.locator('tr[data-kind="unfootnoted-claim"] td').innerText()).toBe('13');
    expect(await page.locator('#unfootnoted-claim').innerText()).toContain('A paragraph of §II.D, p. 28 states 2007, $48 million and $2.6 billion with no footnote');
    const figures = page.locator('#conflicting-figures li[data-kind="conflicting-figures"]');
    expect(await figures.count()).toBe(3);
    expect(await figures.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Plan Colombia: amounts differ ($1.3 billion vs $8 billion vs $10 billion)')]));
    expect(await page.locator('#spelling-difference').innerText()).toContain('“plans” where the bibliography has “planes”');
    await page.locator('#footnotes summary').click();
    expect(await page.locator('#footnotes tbody tr').count()).toBe(187);
    await saveScreenshot(page, 'tools-audit');
    const link = figures.first().getByRole('link', { name: 'Read passage' }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/passage\/thesis%3A/);
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.locator('.focus-passage').waitFor();
  });

  it('/check: a claim gets a verdict and citation cards', async () => {
    const page = await session.page();
    await page.goto('/check');
    await page.getByLabel('Claim to check').fill('Colombia received about $9 billion in military aid from 2000 to 2009.');
    await page.getByRole('button', { name: 'Check claim' }).click();
    const result = page.getByRole('region', { name: 'Result' });
    await result.waitFor();
    expect(await result.getAttribute('data-verdict')).toBe('partly supported');
    expect(await result.innerText()).toMatch(/figures not in this passage: 9/);
    const first = result.locator('li[data-record-id]').first();
    expect(await first.getAttribute('data-record-id')).toMatch(/^thesis:III\.E:\d+$/);
    expect(await first.locator('.citation-card .quote').innerText()).toMatch(/about \$6 billion in military aid/);
    expect(await first.locator('.source-footnotes').innerText()).toMatch(/Bronstein/);
    await saveScreenshot(page, 'tools-check');
    await page.getByRole('button', { name: 'Mexico sent 50,000 soldiers to fight in the Korean War.' }).click();
    await page.locator('[data-verdict="not found"]').waitFor();
  });

  it('/timeline: filter by period and country; bad bounds are explained', async () => {
    const page = await session.page();
    await page.goto('/timeline');
    const all = await page.locator('[data-testid="timeline"] > li').count();
    expect(all).toBeGreaterThanOrEqual(140);
    await page.getByLabel('From', { exact: true }).fill('1994');
    await page.getByLabel('To', { exact: true }).fill('1997');
    await page.getByLabel('Country', { exact: true }).selectOption('Mexico');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/from=1994&to=1997&country=Mexico/);
    const events = page.locator('[data-testid="timeline"] > li');
    const n = await events.count();
    expect(n).toBeGreaterThanOrEqual(7);
    expect(n).toBeLessThan(all);
    for (const c of await events.evaluateAll((els) => els.map((e) => e.getAttribute('data-countries')))) expect(c).toContain('Mexico');
    expect(await events.first().locator('.citation-card').count()).toBe(1);
    expect(await page.locator('[data-testid="timeline"]').innerText()).toContain('Secretary Perry visited Mexico');
    await saveScreenshot(page, 'tools-timeline');
    await page.goto('/timeline?from=yesterday');
    expect(await page.locator('.problem[role="alert"]').innerText()).toMatch(/from: must be a year/);
  });
});
