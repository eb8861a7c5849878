import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { AXE_SOURCE, runAxe, serious, SURFACE_READY, surfaceLoaded } from './support/axe';
import { firefoxSettled, launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { PAGES } from './support/paths';

let session: FirefoxSession;
let server: StaticServer;
let tabId: number;

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchFirefox();
  const page = await session.browser.newPage();
  const url = `${server.origin}/altered-quotes/`;
  await page.goto(url);
  await page.waitForSelector('qtmark', { timeout: 30_000 });
  tabId = (await firefoxSettled(page)).tabId;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox accessibility', () => {
  test.each(['popup', 'sidepanel', 'options', 'welcome'])('%s has no serious or critical axe violations', async (surface) => {
    const page = await openExtensionPage(session.browser, `${session.base}/${surface}.html?tabId=${tabId}`);
    await until(() => page.evaluate(() => (document.body?.innerText.length ?? 0) > 20));
    await until(() => page.evaluate(surfaceLoaded, SURFACE_READY[surface]));
    await page.evaluate(AXE_SOURCE);
    const { violations, passes } = await page.evaluate(runAxe, null);
    expect(passes).toBeGreaterThan(5);
    expect(serious(violations)).toEqual([]);
    await page.close();
  });
});
