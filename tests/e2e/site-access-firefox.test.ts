import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { FIREFOX_BUILD, FIREFOX_MV3_BUILD, PAGES } from './support/paths';
import { defineSiteAccessTests, type ExtensionPage } from './support/site-access-cases';

// The shipped MV2 build (optional_permissions) and the MV3 one, whose host access Firefox lets
// the user withdraw at any time (optional_host_permissions): the same boundary in both.
describe.each([
  ['MV2', FIREFOX_BUILD],
  ['MV3', FIREFOX_MV3_BUILD],
])('Firefox %s: "only the sites I allow" is a permission boundary', (_name, build) => {
  let session: FirefoxSession;
  let pages: StaticServer;
  let feeds: FeedServer;
  let options: Page;

  beforeAll(async () => {
    pages = await serveFolder(PAGES);
    feeds = await startFeedServer();
    // A fresh install, no site access given. launchFirefox turns the permission doorhanger off
    // (a headless browser cannot click it): the extension's own requests, from clicks, are granted.
    session = await launchFirefox({ build, siteAccess: 'none', acceptInsecureCerts: true });
    options = await openExtensionPage(session.browser, `${session.base}/options.html`);
    await until(() => options.$('[data-testid="feed-url-input"]'));
  });

  afterAll(async () => {
    await session?.close();
    await pages?.close();
    await feeds?.close();
  });

  const optionsPage: ExtensionPage = {
    evaluate: (fn, arg) => options.evaluate(fn as never, arg) as never,
    // In front first: in a background tab Firefox delays what a click waits for.
    click: async (s) => {
      await options.bringToFront();
      await options.click(s);
    },
    type: async (s, text) => {
      await options.bringToFront();
      await options.click(s, { count: 3 });
      await options.type(s, text);
    },
  };

  defineSiteAccessTests({
    options: () => optionsPage,
    open: async (url) => {
      const page = await session.browser.newPage();
      await page.goto(url);
      return { evaluate: (fn) => page.evaluate(fn), reload: async () => void (await page.reload()), close: () => page.close() };
    },
    approve: async () => {},
    pagesOrigin: () => pages.origin,
    feeds: () => feeds,
  });
});
