import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { grantOrigin, launchChromium, type ChromiumSession } from './support/chromium';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { PAGES } from './support/paths';
import { defineSiteAccessTests, type ExtensionPage } from './support/site-access-cases';

let session: ChromiumSession;
let pages: StaticServer;
let feeds: FeedServer;
let options: Page;

beforeAll(async () => {
  pages = await serveFolder(PAGES);
  feeds = await startFeedServer();
  // A fresh install as a user gets it: no site access given. The feed server's certificate is self-signed.
  session = await launchChromium({ siteAccess: 'none', args: ['--ignore-certificate-errors'] });
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('feed-url-input').waitFor();
});

afterAll(async () => {
  await session?.close();
  await pages?.close();
  await feeds?.close();
});

const optionsPage: ExtensionPage = {
  evaluate: (fn, arg) => options.evaluate(fn as never, arg) as never,
  click: (s) => options.click(s),
  type: (s, text) => options.fill(s, text),
};

describe('Chromium: "only the sites I allow" is a permission boundary', () => {
  defineSiteAccessTests({
    options: () => optionsPage,
    open: async (url) => {
      const page = await session.context.newPage();
      await page.goto(url);
      return { evaluate: (fn) => page.evaluate(fn), reload: async () => void (await page.reload()), close: () => page.close() };
    },
    // Headless Chromium shows the prompt to nobody (the request never settles); an origin approved
    // the way chrome://extensions approves one is answered yes without a prompt.
    approve: async (patterns) => {
      for (const p of patterns) await grantOrigin(session, p);
    },
    pagesOrigin: () => pages.origin,
    feeds: () => feeds,
  });
});
