import { describe, expect, it } from 'vitest';
import { ABSTAIN_TEXT } from '@/lib/answer/abstain';
import { saveScreenshot } from './support/browser';
import { cannedStream, SSE_HEADERS } from './support/canned-stream';
import { ask, openChat } from './support/chat-page';
import { E2E_TEST_TIMEOUT, e2eSession } from './support/session';

const session = e2eSession();

describe('answer states in Chromium', { timeout: E2E_TEST_TIMEOUT }, () => {
  it('shows the abstention message with no footnotes for an off-topic question', async () => {
    const page = await session.page();
    await openChat(page);
    await ask(page, 'How do I bake sourdough bread?');
    const answer = page.locator('article.answer').last();
    expect(await answer.innerText()).toContain(ABSTAIN_TEXT);
    expect(await answer.getAttribute('class')).toContain('abstained');
    expect(await answer.locator('.cite').count()).toBe(0);
    expect(await answer.locator('.footnote-list').count()).toBe(0);
    expect(await answer.locator('.closest-passages').count()).toBe(0);
    await page.context().close();
  });

  it('says which name of the question the thesis never mentions, beside the closest passages', async () => {
    const page = await session.page();
    await openChat(page);
    await ask(page, 'Was Venezuela one of the 15 countries at UNITAS 2013?');
    const answer = page.locator('article.answer').last();
    expect(await answer.innerText()).toContain(ABSTAIN_TEXT);
    expect(await answer.locator('.unmentioned').innerText()).toBe('The thesis never mentions “Venezuela”.');
    expect(await answer.getByRole('region', { name: 'Closest passages' }).innerText()).toMatch(/UNITAS 2013/);
    await saveScreenshot(page, 'abstention-unmentioned');
    await page.context().close();
  });

  it('after an abstention on a paraphrase, lists the closest passages and opens one with its sentence marked', async () => {
    const page = await session.page();
    await openChat(page);
    await ask(page, 'Who did Bogotá send as its go-between to the 1941 isthmus outfit?');
    const answer = page.locator('article.answer').last();
    expect(await answer.innerText()).toContain(ABSTAIN_TEXT);
    expect(await answer.locator('.cite').count()).toBe(0);
    const leads = answer.getByRole('region', { name: 'Closest passages' });
    expect(await leads.innerText()).toMatch(/They may not answer the question/);
    const first = leads.locator('li').first();
    expect(await first.locator('.where').innerText()).toMatch(/§III\.C .*p/);
    const excerpt = (await first.locator('.quote').innerText()).replace(/\s+/g, ' ').trim();
    expect(excerpt).toContain('Caribbean Defense Command');
    await saveScreenshot(page, 'abstention-leads');
    await first.getByRole('button', { name: /Read passage/ }).click();
    const panel = page.getByRole('dialog');
    await panel.locator('mark.quote-mark').first().waitFor();
    expect((await panel.locator('mark.quote-mark').allInnerTexts()).join(' ').replace(/\s+/g, ' ').trim()).toBe(excerpt);
    await page.context().close();
  });

  it('says the server is unreachable, and recovers on retry', async () => {
    const page = await session.page();
    await page.route('**/api/health', (r) => r.abort('connectionrefused'));
    await openChat(page);
    await page.getByRole('alert').filter({ hasText: 'Server unreachable' }).waitFor();
    await page.route('**/api/chat', (r) => r.abort('connectionrefused'));
    await page.getByLabel('Your question').fill('What was Plan Colombia?');
    await page.getByLabel('Your question').press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Server unreachable' });
    await alert.getByRole('button', { name: 'Try again' }).waitFor();
    await page.unroute('**/api/chat');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('article.answer[data-answer-state="done"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('article.answer .cite a').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('marks unsupported sentences, shows notices, and never renders HTML from the answer', async () => {
    const page = await session.page();
    const citation = {
      n: 1, id: 'thesis:II.E:6', kind: 'passage' as const, section: 'II.E', sectionTitle: '9/11 TO THE PRESENT', pages: { start: 31, end: 31 },
      quote: 'In 2007, President George W. Bush signed the Mérida Initiative.',
      quotes: ['In 2007, President George W. Bush signed the Mérida Initiative.'], footnotes: [], label: 'Thesis p. 31, §II.E.',
    };
    const body = cannedStream({
      text: 'In 2007, President George W. Bush signed the Mérida Initiative.[1] It was <img src=x onerror="window.__xss=1"> signed on the moon.[1]',
      citations: [citation],
      sentences: [
        { text: 'In 2007, President George W. Bush signed the Mérida Initiative.', citations: [1], support: 1, supported: true },
        { text: 'It was <img src=x onerror="window.__xss=1"> signed on the moon.', citations: [1], support: 0.1, supported: false },
      ],
      notice: 'The language model (test:model) failed: it timed out. Showing the extractive answer from the thesis instead.',
    });
    await page.route('**/api/chat', (r) => r.fulfill({ status: 200, headers: SSE_HEADERS, body }));
    await openChat(page);
    await ask(page, 'When was the Mérida Initiative signed?');
    const answer = page.locator('article.answer').last();
    const marked = answer.locator('mark.unsupported');
    expect(await marked.count()).toBeGreaterThan(0);
    expect((await marked.allInnerTexts()).join('')).toContain('signed on the moon.');
    expect(await marked.first().getAttribute('title')).toMatch(/support/);
    expect(await answer.locator('.verify-note').innerText()).toMatch(/not clearly supported/);
    expect(await answer.locator('.notice').innerText()).toContain('failed: it timed out');
    expect(await answer.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.context().close();
  });
});
