import type { Page } from 'playwright-core';

/** Opens the chat and waits until the stored conversation is restored and the box is usable. */
export async function openChat(page: Page): Promise<void> {
  await page.goto('/', { timeout: 60_000 });
  await page.waitForSelector('.chat[data-ready="true"]', { timeout: 60_000 });
}

/** Types a question, sends it with Enter and waits for the finished answer and the chat to be ready again. */
export async function ask(page: Page, question: string): Promise<void> {
  const before = await page.locator('article.answer').count();
  await page.getByLabel('Your question').fill(question);
  await page.getByLabel('Your question').press('Enter');
  await page.locator('article.answer[data-answer-state="done"]').nth(before).waitFor({ timeout: 90_000 });
  await page.locator('.chat[data-status="ready"]').waitFor();
}

/** Records every data-status the chat root takes (submitted, streaming, ready), from page load on. */
export async function recordStatuses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __statuses: string[] };
    w.__statuses = [];
    new MutationObserver(() => {
      const s = document.querySelector('.chat')?.getAttribute('data-status');
      if (s && w.__statuses.at(-1) !== s) w.__statuses.push(s);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-status'], childList: true });
  });
}

export const statuses = (page: Page) => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
