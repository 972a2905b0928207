import { describe, expect, it } from 'vitest';
import { ask, openChat, recordStatuses, statuses } from './support/chat-page';
import { E2E_TEST_TIMEOUT, e2eSession } from './support/session';

const session = e2eSession();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('chat in Chromium', { timeout: E2E_TEST_TIMEOUT }, () => {
  it('streams an answer with footnotes, showing a status while retrieving', async () => {
    const page = await session.page();
    await recordStatuses(page);
    // Hold the request a moment so the retrieving state is observable, then let it through unchanged.
    await page.route('**/api/chat', async (route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    await openChat(page);
    const response = page.waitForResponse((r) => r.url().endsWith('/api/chat'));
    await page.getByLabel('Your question').fill('What is the Mérida Initiative?');
    await page.getByRole('button', { name: 'Ask' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Searching the thesis' }).waitFor()).resolves.toBeUndefined();
    await page.locator('article.answer[data-answer-state="done"]').waitFor({ timeout: 60_000 });

    const res = await response;
    expect(res.headers()['content-type']).toContain('text/event-stream');
    const deltas = (await res.text()).match(/"type":"text-delta"/g) ?? [];
    expect(deltas.length).toBeGreaterThan(1);
    expect((await statuses(page)).filter((s) => s !== 'ready').slice(0, 1)).toEqual(['submitted']);
    expect((await statuses(page)).at(-1)).toBe('ready');

    const answer = page.locator('article.answer').last();
    expect(await answer.locator('.answer-text').innerText()).toMatch(/Mérida/);
    expect(await answer.locator('.answer-text .cite a').count()).toBeGreaterThan(0);
    expect(await answer.locator('.footnote-list li').count()).toBeGreaterThan(0);
    expect(await answer.getAttribute('aria-busy')).toBe('false');
    await page.context().close();
  });

  it('shows the preview card on hover and on keyboard focus, and opens the passage panel with the quote highlighted', async () => {
    const page = await session.page();
    await openChat(page);
    await ask(page, 'What is the Mérida Initiative?');
    const answer = page.locator('article.answer').last();
    const marker = answer.locator('.answer-text .cite a').first();
    const quote = flat(await answer.locator('.footnote-list li').first().locator('.quote').innerText());

    await marker.hover();
    const card = page.locator('.floating-card[role="tooltip"]');
    await card.waitFor();
    expect(await marker.getAttribute('aria-describedby')).toBe(await card.getAttribute('id'));
    expect(flat(await card.locator('.quote').innerText())).toBe(quote);
    expect(await card.locator('.where').innerText()).toMatch(/§[IV]+.*p/);
    expect(await card.innerText()).toMatch(/Thesis fn\./i);
    expect(await card.locator('.bib-entry a[href^="http"]').count()).toBeGreaterThan(0);

    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'detached' });
    await marker.focus();
    await card.waitFor();
    await marker.press('Escape');
    await card.waitFor({ state: 'detached' });

    await marker.focus();
    await page.keyboard.press('Enter'); // keyboard opens the panel too (the mouse is covered in screens.test.ts)
    const panel = page.getByRole('dialog');
    await panel.locator('mark.quote-mark').first().waitFor();
    // The marks cover the quote (a footnote number after it is marked on its own, so spacing is not compared).
    const unspaced = (t: string) => t.replace(/\s+/g, '');
    expect(unspaced((await panel.locator('mark.quote-mark').allInnerTexts()).join(''))).toBe(unspaced(quote));
    expect(await panel.locator('.neighbor').count()).toBeGreaterThan(0);
    expect(await panel.locator('.panel-footnotes .bib-entry').count()).toBeGreaterThan(0);
    expect(await panel.getByRole('heading').first().innerText()).toMatch(/§/);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });
});
