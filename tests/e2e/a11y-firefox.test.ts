import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { AXE_SOURCE, runAxe, serious } from './support/axe';
import { launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { settledIn, type PageLike } from './support/hardening-page';
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
  const probe = await openExtensionPage(session.browser, `${session.base}/popup.html`);
  tabId = (await until(() =>
    probe.evaluate(async (u) => {
      // @ts-expect-error the WebExtension global in Firefox
      const all = (await browser.storage.session.get(null)) as Record<string, { tabId: number; url: string } | null>;
      return Object.values(all).find((r) => r?.url === u)?.tabId;
    }, url),
  )) as number;
  await probe.close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox accessibility', () => {
  test.each(['popup', 'sidepanel', 'options'])('%s has no serious or critical axe violations', async (surface) => {
    const page = await openExtensionPage(session.browser, `${session.base}/${surface}.html?tabId=${tabId}`);
    await until(() => page.evaluate(() => (document.body?.innerText.length ?? 0) > 20));
    // Until the text stops changing, not a fixed sleep: a loaded machine renders slower.
    await settledIn(page as unknown as PageLike, () => document.body.innerText, undefined, 500);
    await page.evaluate(AXE_SOURCE);
    const { violations, passes } = await page.evaluate(runAxe, null);
    expect(passes).toBeGreaterThan(5);
    expect(serious(violations)).toEqual([]);
    await page.close();
  });
});
