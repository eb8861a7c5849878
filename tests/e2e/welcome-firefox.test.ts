import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { launchFirefox, until, type FirefoxSession } from './support/firefox';
import { FIREFOX_BUILD, FIREFOX_MV3_BUILD, PAGES } from './support/paths';
import { defineWelcomeTests, type WelcomePage } from './support/welcome-cases';

// The shipped MV2 build and the MV3 one, whose host access Firefox treats as opt-in and lets the
// user withdraw at any time: the same welcome, the same boundary.
describe.each([
  ['MV2', FIREFOX_BUILD],
  ['MV3', FIREFOX_MV3_BUILD],
])('Firefox %s: the welcome page chooses the permission boundary', (name, build) => {
  let session: FirefoxSession;
  let pages: StaticServer;
  let welcome: Page;

  beforeAll(async () => {
    pages = await serveFolder(PAGES);
    // A fresh install, no site access given; the extension's own requests (from clicks) are granted.
    session = await launchFirefox({ build, siteAccess: 'none' });
    // The tab the install opened by itself: looked for, never opened by the test.
    const url = `${session.base}/welcome.html`;
    // Puppeteer may not see a moz-extension:// navigation (its url() stays about:blank): each tab is asked.
    const at = async (p: Page) => p.evaluate(() => location.href).catch(() => '');
    welcome = await until<Page | undefined>(async () => {
      for (const p of await session.browser.pages()) if ((await at(p)) === url) return p;
      return undefined;
    }, 15_000).catch(async () => {
      throw new Error(`no welcome tab after install: ${(await session.browser.pages()).map((p) => p.url()).join(', ')}`);
    }) as Page;
    await until(() => welcome.$('[data-testid="welcome-choose-all"]'));
  });

  afterAll(async () => {
    await session?.close();
    await pages?.close();
  });

  const welcomePage: WelcomePage = {
    evaluate: (fn, arg) => welcome.evaluate(fn as never, arg) as never,
    // In front first: in a background tab Firefox delays what a click waits for.
    click: async (s) => {
      await welcome.bringToFront();
      await welcome.click(s);
    },
    type: async (s, text) => {
      await welcome.bringToFront();
      await welcome.click(s, { count: 3 });
      await welcome.type(s, text);
    },
    screenshot: async (path) => {
      await welcome.bringToFront();
      await welcome.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
  };

  defineWelcomeTests({
    name: `firefox-${name.toLowerCase()}`,
    welcome: () => welcomePage,
    open: async (url) => {
      const page = await session.browser.newPage();
      await page.goto(url);
      return { evaluate: (fn) => page.evaluate(fn), reload: async () => void (await page.reload()), close: () => page.close() };
    },
    approve: async () => {},
    pagesOrigin: () => pages.origin,
    withdrawHint: /Permissions/,
  });
});
