import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ask, openChat } from './support/chat-page';
import { E2E_TEST_TIMEOUT, e2eSession } from './support/session';

const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-e2e-empty-'));
afterAll(() => fs.rmSync(emptyDir, { recursive: true, force: true }));

const noIndex = e2eSession({ dataDir: async () => emptyDir });
const brokenLlm = e2eSession({ env: { LLM_PROVIDER: 'openai', OPENAI_API_KEY: '', LLM_API_KEY: '' } });

describe('server states in Chromium', { timeout: E2E_TEST_TIMEOUT }, () => {
  it('tells the user to run ingest when there is no index', async () => {
    const page = await noIndex.page();
    await openChat(page);
    const alert = page.getByRole('alert').filter({ hasText: 'No index yet' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('npm run ingest');
    await page.getByLabel('Your question').fill('What was Plan Colombia?');
    await page.getByLabel('Your question').press('Enter');
    await page.locator('.chat[data-status="error"]').waitFor();
    expect(await page.getByRole('alert').first().innerText()).toContain('npm run ingest');
    await page.context().close();
  });

  it('shows the LLM failure notice above the extractive answer', async () => {
    const page = await brokenLlm.page();
    await openChat(page);
    await ask(page, 'What is the Mérida Initiative?');
    const answer = page.locator('article.answer').last();
    expect(await answer.locator('.notice').innerText()).toMatch(/language model \(openai:.*\) failed: OPENAI_API_KEY is not set/);
    expect(await answer.locator('.answer-text .cite a').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
