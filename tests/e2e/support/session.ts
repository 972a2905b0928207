import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../../helpers/server';
import { testDataDir } from '../../helpers/test-index';
import { launchChromium, saveScreenshot } from './browser';

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

/** Per-test limit: a test asks up to a few questions of a server that may share the machine with other suites. */
export const E2E_TEST_TIMEOUT = 180_000;

/** Offline answerer and no rate limit, whatever the machine's settings. */
const BASE_ENV = { LLM_PROVIDER: 'extractive', RATE_LIMIT_PER_MINUTE: '10000' };

/**
 * A production server over a test index and a Chromium, started once for the test file (the first
 * start may build Next: allow minutes) and stopped after it.
 */
export function e2eSession(opts: { dataDir?: () => Promise<string>; env?: Record<string, string> } = {}) {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const dataDir = await (opts.dataDir ?? testDataDir)();
    [server, browser] = await Promise.all([startServer({ dataDir, env: { ...BASE_ENV, ...opts.env } }), launchChromium()]);
  }, 600_000);
  const open: Page[] = [];
  // A failed test leaves a screenshot of each page it had open; contexts a test left open are closed.
  afterEach(async (ctx) => {
    const failed = ctx.task.result?.state === 'fail';
    const slug = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    for (const [i, page] of open.splice(0).entries()) {
      if (page.isClosed()) continue;
      if (failed) await saveScreenshot(page, `failed-${slug}-${i}`).catch(() => undefined);
      await page.context().close().catch(() => undefined);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get url(): string {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    serverLog: () => server?.output() ?? '',
    /** A fresh browser context (own localStorage) and page. */
    async page(o: PageOptions = {}): Promise<Page> {
      if (!browser || !server) throw new Error('session not started');
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width: o.width ?? 1280, height: o.height ?? 860 },
        colorScheme: o.colorScheme ?? 'light',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      open.push(page);
      return page;
    },
  };
}
