import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { grantOrigin, launchChromium, type ChromiumSession } from './support/chromium';
import { defineFeedTests, type FeedPage } from './support/feed-cases';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { PAGES } from './support/paths';

let session: ChromiumSession;
let pages: StaticServer;
let feeds: FeedServer;
let options: Page;
let tab: Page;

beforeAll(async () => {
  pages = await serveFolder(PAGES);
  feeds = await startFeedServer();
  // The feed server's certificate is self-signed; everything else about TLS is real.
  session = await launchChromium({ args: ['--ignore-certificate-errors'] });
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('feed-url-input').waitFor();
  tab = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
  await pages?.close();
  await feeds?.close();
});

const optionsPage: FeedPage = {
  evaluate: (fn, arg) => options.evaluate(fn as never, arg) as never,
  type: (s, text) => options.fill(s, text),
  select: async (s, v) => void (await options.selectOption(s, v)),
  click: (s) => options.click(s),
};

describe('Chromium: packs from a URL', () => {
  defineFeedTests({
    server: () => feeds,
    pagesOrigin: () => pages.origin,
    options: () => optionsPage,
    visit: async (url) => {
      await tab.goto(url);
      await tab.waitForFunction(() => document.querySelectorAll('qtmark').length >= 2, null, { timeout: 20_000 });
    },
    load: async (url) => void (await tab.goto(url)),
    grant: (pattern) => grantOrigin(session, pattern),
  });

  test('the only requests any extension context made were the downloads of the pack the user added', () => {
    const feedUrl = feeds.url('/packs/newsroom.jsonl');
    // The watcher sees the service worker's fetches (7 checks), so an empty list is not blindness.
    expect(session.extensionRequests.length).toBeGreaterThanOrEqual(7);
    expect(session.extensionRequests.filter((u) => u !== feedUrl)).toEqual([]);
  });
});
