import { describe, expect, it } from 'vitest';
import { ask, openChat } from './support/chat-page';
import { E2E_TEST_TIMEOUT, e2eSession } from './support/session';

const session = e2eSession();

describe('conversation in Chromium', { timeout: E2E_TEST_TIMEOUT }, () => {
  it('keeps the conversation across reloads until "New chat"', async () => {
    const page = await session.page();
    await openChat(page);
    await page.getByRole('button', { name: 'What was Plan Colombia?' }).click();
    await page.locator('article.answer[data-answer-state="done"]').waitFor({ timeout: 60_000 });
    const text = await page.locator('article.answer .answer-text').innerText();

    await page.reload();
    await page.waitForSelector('.chat[data-ready="true"]');
    expect(await page.locator('.turn-question').innerText()).toBe('What was Plan Colombia?');
    expect(await page.locator('article.answer .answer-text').innerText()).toBe(text);
    expect(await page.locator('article.answer .cite a').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Start a new chat' }).click();
    await page.getByRole('heading', { name: 'Ask the thesis' }).waitFor();
    await page.reload();
    await page.waitForSelector('.chat[data-ready="true"]');
    expect(await page.locator('article.answer').count()).toBe(0);
    await page.context().close();
  });

  it('copies an answer with its footnotes as Markdown', async () => {
    const page = await session.page();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openChat(page);
    await ask(page, 'What is the Mérida Initiative?');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByRole('button', { name: /Copied/ }).waitFor();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toMatch(/^> What is the Mérida Initiative\?/);
    expect(md).toMatch(/Mérida Initiative\.\[\^1\]/);
    expect(md).toMatch(/\n\[\^1\]: Thesis, §[IV.A-Z0-9]+ .* · pp?\. \d+/);
    expect(md).toMatch(/The thesis’s footnote \d+:/);
    expect(md).toMatch(/Source: .*http/);
    await page.context().close();
  });

  it('asks a follow-up suggestion and regenerates the last answer', async () => {
    const page = await session.page();
    await openChat(page);
    await ask(page, 'What is the Mérida Initiative?');
    const followUps = page.getByRole('navigation', { name: 'Follow-up questions' }).getByRole('button');
    expect(await followUps.count()).toBeGreaterThan(0);
    const suggestion = await followUps.first().innerText();
    await followUps.first().click();
    await page.locator('article.answer[data-answer-state="done"]').nth(1).waitFor({ timeout: 60_000 });
    expect(await page.locator('.turn-question').nth(1).innerText()).toBe(suggestion);
    // Only the newest answer offers follow-ups and regeneration.
    expect(await page.getByRole('navigation', { name: 'Follow-up questions' }).count()).toBeLessThanOrEqual(1);
    expect(await page.getByRole('button', { name: 'Regenerate the answer' }).count()).toBe(1);

    const request = page.waitForRequest((r) => r.url().endsWith('/api/chat'));
    await page.getByRole('button', { name: 'Regenerate the answer' }).click();
    expect((await request).postDataJSON()).toMatchObject({ trigger: 'regenerate-message' });
    // The answer being replaced is itself "done": wait for the new one's stream to end before looking.
    await (await (await request).response())?.finished();
    await page.locator('article.answer[data-answer-state="done"]').nth(1).waitFor({ timeout: 60_000 });
    expect(await page.locator('article.answer').count()).toBe(2);
    await page.context().close();
  });

  it('stops a pending answer and asks again', async () => {
    const page = await session.page();
    await page.route('**/api/chat', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue().catch(() => undefined); // the page may have aborted the request
    });
    await openChat(page);
    await page.getByLabel('Your question').fill('What was Plan Colombia?');
    await page.getByLabel('Your question').press('Enter');
    await page.getByRole('status').filter({ hasText: 'Searching the thesis' }).waitFor();
    await page.getByRole('button', { name: 'Stop the answer' }).click();
    await page.locator('.chat[data-status="ready"]').waitFor();
    await page.getByText('Stopped before an answer arrived.').waitFor();
    await page.unroute('**/api/chat');
    await page.getByRole('button', { name: 'Ask again' }).click();
    await page.locator('article.answer[data-answer-state="done"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.turn-question').count()).toBe(1);
    await page.context().close();
  });
});
