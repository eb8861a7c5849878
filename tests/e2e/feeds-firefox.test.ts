import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { defineFeedTests, type FeedPage } from './support/feed-cases';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { startLoggingProxy, type LoggingProxy } from './support/logging-proxy';
import { launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { PAGES } from './support/paths';

let session: FirefoxSession;
let pages: StaticServer;
let feeds: FeedServer;
let options: Page;
let tab: Page;
let proxy: LoggingProxy;
/** Every request WebDriver BiDi saw, with the browsing context (tab or frame) that made it. */
const tabRequests: { context: string; url: string }[] = [];

beforeAll(async () => {
  pages = await serveFolder(PAGES);
  feeds = await startFeedServer();
  proxy = await startLoggingProxy();
  session = await launchFirefox({
    // A headless Firefox cannot click the permission doorhanger: with this pref, the
    // extension's own permissions.request grants what it asks for, as after "Allow". Every
    // request goes through the logging proxy (the background's too, which BiDi does not show).
    prefs: { 'extensions.webextOptionalPermissionPrompts': false, ...proxy.firefoxPrefs },
    env: proxy.firefoxEnv,
    // The feed server's certificate is self-signed.
    acceptInsecureCerts: true,
  });
  type Sent = { context: string; request: { url: string } };
  (session.browser as unknown as { connection: { on: (e: string, f: (x: Sent) => void) => void } }).connection.on('network.beforeRequestSent', (e) =>
    tabRequests.push({ context: e.context, url: e.request.url }),
  );
  options = await openExtensionPage(session.browser, `${session.base}/options.html`);
  await until(() => options.$('[data-testid="feed-url-input"]'));
  tab = await session.browser.newPage();
});

afterAll(async () => {
  await session?.close();
  await pages?.close();
  await feeds?.close();
  await proxy?.close();
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

  test('the only requests any extension context made were the downloads of the pack the user added', () => {
    const feedUrl = feeds.url('/packs/newsroom.jsonl');
    // The extension's own tabs (the options page) count as the extension; web tabs do not.
    const optionsContext = (options.mainFrame() as unknown as { _id: string })._id;
    const byWebTabs = tabRequests.filter((r) => r.context !== optionsContext).map((r) => r.url);
    const fromExtension = (urls: string[]) => {
      const left = [...byWebTabs];
      return urls.filter((u) => {
        const i = left.indexOf(u);
        if (i < 0) return true;
        left.splice(i, 1);
        return false;
      });
    };
    // Every tunnel or plain request the browser opened went to the two test servers: nothing else.
    const hosts = new Set(proxy.seen.map((s) => (s.startsWith('CONNECT ') ? s.slice(8) : new URL(s).host)));
    expect([...hosts].filter((h) => h !== new URL(feeds.origin).host && h !== new URL(pages.origin).host && h !== new URL(pages.origin).host.replace('127.0.0.1', 'localhost'))).toEqual([]);
    // Plain http (the pages): all asked for by the web tabs themselves.
    expect(fromExtension(proxy.seen.filter((s) => !s.startsWith('CONNECT ')))).toEqual([]);
    // https to the pack server (its own log): what no web tab asked for is the extension's, and is
    // the pack the user added, checked many times (so an empty list is not blindness).
    const atFeedServer = fromExtension(feeds.requests.map((r) => feeds.url(r.path)));
    expect(atFeedServer.length).toBeGreaterThanOrEqual(7);
    expect(atFeedServer.filter((u) => u !== feedUrl)).toEqual([]);
    // The options page itself fetched nothing outside the extension.
    expect(tabRequests.filter((r) => r.context === optionsContext && !r.url.startsWith('moz-extension:'))).toEqual([]);
  });
});
