import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { AXE_SOURCE, runAxe, serious } from './support/axe';
import { launchChromium, tabIdFor, type ChromiumSession } from './support/chromium';
import { settledIn, type PageLike } from './support/hardening-page';
import { PAGES } from './support/paths';

let session: ChromiumSession;
let server: StaticServer;
let article: Page;
let tabId: number;

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchChromium();
  article = await session.context.newPage();
  const url = `${server.origin}/altered-quotes/`;
  await article.goto(url);
  await article.waitForSelector('quotetrace-mark', { timeout: 20_000 });
  // Until the marks stop changing, not a fixed sleep: a loaded machine scans slower.
  await settledIn(article as unknown as PageLike, () => document.querySelectorAll('quotetrace-mark').length);
  tabId = await tabIdFor(session.worker, url);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('Chromium accessibility (%s)', (scheme) => {
  test.each(['popup', 'sidepanel', 'options'])('%s has no serious or critical axe violations', async (surface) => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${session.extensionId}/${surface}.html?tabId=${tabId}`);
    await page.waitForFunction(() => (document.body?.innerText.length ?? 0) > 20);
    await settledIn(page as unknown as PageLike, () => document.body.innerText, undefined, 500);
    await page.evaluate(AXE_SOURCE);
    const { violations, passes } = await page.evaluate(runAxe, null);
    expect(passes).toBeGreaterThan(5);
    expect(serious(violations)).toEqual([]);
    await page.close();
  });

  test('the open hover card has no serious or critical axe violations', async () => {
    await article.emulateMedia({ colorScheme: scheme });
    for (const needle of ['exempt from', 'facts on the ground']) {
      await article.locator('quotetrace-mark', { hasText: needle }).first().hover();
      await article.locator('quotetrace-card .qt-card').waitFor({ timeout: 5_000 });
      await article.evaluate(AXE_SOURCE);
      const { violations, passes } = await article.evaluate(runAxe, ['quotetrace-card']);
      expect(passes).toBeGreaterThan(3);
      expect(serious(violations), needle).toEqual([]);
      await article.mouse.move(2, 2);
      await article.locator('quotetrace-card .qt-card').waitFor({ state: 'hidden', timeout: 5_000 });
    }
  });
});
