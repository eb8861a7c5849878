import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { defineFeedTests, type FeedPage } from './support/feed-cases';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { PAGES } from './support/paths';

let session: FirefoxSession;
let pages: StaticServer;
let feeds: FeedServer;
let options: Page;
let tab: Page;

beforeAll(async () => {
  pages = await serveFolder(PAGES);
  feeds = await startFeedServer();
  session = await launchFirefox({
    // A headless Firefox cannot click the permission doorhanger: with this pref, the
    // extension's own permissions.request grants what it asks for, as after "Allow".
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    // The feed server's certificate is self-signed.
    acceptInsecureCerts: true,
  });
  options = await openExtensionPage(session.browser, `${session.base}/options.html`);
  await until(() => options.$('[data-testid="feed-url-input"]'));
  tab = await session.browser.newPage();
});

afterAll(async () => {
  await session?.close();
  await pages?.close();
  await feeds?.close();
});

const optionsPage: FeedPage = {
  evaluate: (fn, arg) => options.evaluate(fn as never, arg) as never,
  // In front first: in a background tab Firefox delays what a click waits for, more each time.
  type: async (s, text) => {
    await options.bringToFront();
    await options.click(s, { count: 3 });
    await options.type(s, text);
  },
  select: async (s, v) => void (await options.select(s, v)),
  click: async (s) => {
    await options.bringToFront();
    await options.click(s);
  },
};

describe('Firefox: packs from a URL', () => {
  defineFeedTests({
    server: () => feeds,
    pagesOrigin: () => pages.origin,
    options: () => optionsPage,
    visit: async (url) => {
      await tab.goto(url);
      await tab.waitForFunction(() => document.querySelectorAll('qtmark').length >= 2, { timeout: 20_000 });
    },
    load: async (url) => void (await tab.goto(url)),
    grant: async () => {},
  });
});
