import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/browser';
import { ask, openChat } from './support/chat-page';
import { E2E_TEST_TIMEOUT, e2eSession } from './support/session';

const session = e2eSession();

/** Collects layout shifts not caused by recent input (Chromium's Layout Instability API). */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shiftTotal = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0));
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const VIEWS = [
  { name: 'desktop-light', width: 1280, colorScheme: 'light' },
  { name: 'desktop-dark', width: 1280, colorScheme: 'dark' },
  { name: 'mobile-light', width: 375, colorScheme: 'light' },
  { name: 'mobile-dark', width: 375, colorScheme: 'dark' },
] as const;

describe('screens in Chromium', { timeout: E2E_TEST_TIMEOUT }, () => {
  for (const view of VIEWS) {
    it(`renders the chat, card, panel and passage page at ${view.width}px (${view.colorScheme}) without overflow or layout shift`, async () => {
      const page = await session.page({ width: view.width, height: 820, colorScheme: view.colorScheme });
      await watchLayoutShifts(page);
      // Answer a little after the input, so shifts while streaming count (shifts within 500 ms of input do not).
      await page.route('**/api/chat', async (route) => {
        await new Promise((r) => setTimeout(r, 800));
        await route.continue();
      });
      await openChat(page);
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${view.name}-1-start`);
      const shiftsBefore = await shiftTotal(page);
      const composerBefore = await page.locator('.composer').boundingBox();
      await ask(page, 'What is the Mérida Initiative?');
      expect(await shiftTotal(page) - shiftsBefore).toBeLessThan(0.05);
      const composerAfter = (await page.locator('.composer').boundingBox())!;
      expect(Math.abs(composerAfter.y - composerBefore!.y)).toBeLessThan(1); // the composer stays put (sub-pixel rounding aside)
      expect(composerAfter.height).toBeCloseTo(composerBefore!.height, 0);
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${view.name}-2-answer`);

      const marker = page.locator('article.answer .answer-text .cite a').first();
      await marker.scrollIntoViewIfNeeded();
      await marker.hover();
      const card = page.locator('.floating-card');
      await card.waitFor();
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(view.width);
      await saveScreenshot(page, `${view.name}-3-card`);

      await marker.click();
      await page.getByRole('dialog').locator('mark.quote-mark').first().waitFor();
      const panel = (await page.getByRole('dialog').boundingBox())!;
      expect(panel.x + panel.width).toBeLessThanOrEqual(view.width + 1);
      await saveScreenshot(page, `${view.name}-4-panel`);

      await page.goto(`/passage/${encodeURIComponent('thesis:II.E:6')}`);
      await page.locator('.focus-passage').waitFor();
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${view.name}-5-passage`, true);
      await page.context().close();
    });
  }
});
