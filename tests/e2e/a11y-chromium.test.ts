import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumCard } from './support/closed-card';
import { until } from './support/firefox';
import { waitForText } from './support/hardening-page';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { AXE_SOURCE, runAxe, serious, SURFACE_READY, surfaceLoaded } from './support/axe';
import { chromiumSettled, launchChromium, type ChromiumSession } from './support/chromium';
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
  await article.waitForSelector('qtmark', { timeout: 20_000 });
  // The content script says when the page is scanned: no quiet period guessed.
  tabId = (await chromiumSettled(article)).tabId;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('Chromium accessibility (%s)', (scheme) => {
  test.each(['popup', 'sidepanel', 'options', 'welcome'])('%s has no serious or critical axe violations', async (surface) => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${session.extensionId}/${surface}.html?tabId=${tabId}`);
    await page.waitForFunction(() => (document.body?.innerText.length ?? 0) > 20);
    await page.waitForFunction(surfaceLoaded, SURFACE_READY[surface], { timeout: 20_000 });
    await page.evaluate(AXE_SOURCE);
    const { violations, passes } = await page.evaluate(runAxe, null);
    expect(passes).toBeGreaterThan(5);
    expect(serious(violations)).toEqual([]);
    await page.close();
  });

  test('the open hover card has no serious or critical axe violations', async () => {
    await article.emulateMedia({ colorScheme: scheme });
    for (const needle of ['exempt from', 'facts on the ground']) {
      await article.locator('qtmark', { hasText: needle }).first().hover();
      await waitForText(async () => String(await chromiumCard(article, 'text')));
      // The card's shadow root is closed (axe cannot enter it): its very DOM and CSS are copied
      // into an open one of the test's own and checked there.
      const html = String(await chromiumCard(article, 'html'));
      await article.evaluate((h) => {
        document.getElementById('qt-axe-copy')?.remove();
        const host = document.createElement('div');
        host.id = 'qt-axe-copy';
        host.attachShadow({ mode: 'open' }).innerHTML = h;
        document.documentElement.appendChild(host);
      }, html);
      await article.evaluate(AXE_SOURCE);
      const { violations, passes } = await article.evaluate(runAxe, ['#qt-axe-copy']);
      await article.evaluate(() => document.getElementById('qt-axe-copy')?.remove());
      expect(passes).toBeGreaterThan(3);
      expect(serious(violations), needle).toEqual([]);
      await article.mouse.move(2, 2);
      await until(async () => (await chromiumCard(article, 'text')) === '');
    }
  });
});
