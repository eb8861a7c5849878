import { expect, test } from 'vitest';
import { grantedOrigins, originGranted, testIdText, until } from './poll';
import { FEED_V1, type FeedServer } from './feed-server';

/**
 * "Only the sites I allow" as a permission boundary (#12), the same steps in every browser, from a
 * fresh install that holds no host access. The page server answers on 127.0.0.1 (the site the user
 * allows) and on localhost (a site they do not): one server, two hosts.
 *
 * What is exercised: the extension's own permissions.request from clicks in the options page, the
 * run-time registration, permissions.onAdded/onRemoved, the release of what is no longer needed.
 * What is not: the browsers' permission prompts (a headless browser shows none to click; see the
 * drivers for how each answers yes), and Chrome's or Firefox's own menus for withdrawing access
 * (a withdrawal is made with permissions.remove, which fires the same onRemoved).
 */
export interface SiteAccessDriver {
  /** The options page, opened and ready. */
  options: () => ExtensionPage;
  /** Opens a web page in a new tab and waits for its load. */
  open: (url: string) => Promise<WebPage>;
  /** Makes the browser answer yes to the extension's next request for these patterns. */
  approve: (patterns: string[]) => Promise<void>;
  /** The fixture pages' origin (http://127.0.0.1:<port>). */
  pagesOrigin: () => string;
  feeds: () => FeedServer;
}

export interface ExtensionPage {
  evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T>;
  click: (selector: string) => Promise<void>;
  type: (selector: string, text: string) => Promise<void>;
}

export interface WebPage {
  evaluate: <T>(fn: () => T) => Promise<T>;
  reload: () => Promise<void>;
  close: () => Promise<void>;
}

function registered(p: ExtensionPage): Promise<string[]> {
  return p.evaluate(
    async () => (await ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).scripting.getRegisteredContentScripts()).flatMap((s: { matches?: string[] }) => s.matches ?? []).sort(),
    null,
  );
}
function settings(p: ExtensionPage): Promise<{ siteMode: string; allowedSites: string[] }> {
  return p.evaluate(async () => ((await ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.get('settings')) as { settings: { siteMode: string; allowedSites: string[] } }).settings, null);
}

/** Everything QuoteTrace could put in a page: marks, the card's host, our style elements. */
const injected = () => document.querySelectorAll('qtmark, [data-quotetrace-ui], style[data-quotetrace-ui]').length;
const marks = () => document.querySelectorAll('qtmark').length;
const settle = (ms = 1_500) => new Promise((r) => setTimeout(r, ms));

const SITE = ['http://127.0.0.1/*', 'https://127.0.0.1/*'];
const ALL = ['http://*/*', 'https://*/*'];
const FEED_PATH = '/packs/site-access.jsonl';

export function defineSiteAccessTests(d: SiteAccessDriver) {
  const allowed = () => `${d.pagesOrigin()}/feed-article/`;
  const notAllowed = () => allowed().replace('//127.0.0.1:', '//localhost:');
  let open: WebPage;

  test('a fresh install holds no host access, registers nothing, says so, and puts nothing in pages', async () => {
    const o = d.options();
    expect(await grantedOrigins(o)).toEqual([]);
    expect(await registered(o)).toEqual([]);
    expect(await until(() => testIdText(o, 'access-missing'))).toMatch(/no access to web pages/);
    const page = await d.open(allowed());
    await settle();
    expect(await page.evaluate(injected)).toBe(0);
    await page.close();
  });

  test('"only the sites I allow" is chosen without asking for any site', async () => {
    const o = d.options();
    await o.click('input[name="siteMode"][value="allowlist"]');
    await until(async () => (await settings(o))?.siteMode === 'allowlist');
    expect(await grantedOrigins(o)).toEqual([]);
    expect(await originGranted(o, 'https://*/*')).toBe(false);
  });

  test('allowing 127.0.0.1 asks for it alone, registers the script there, and marks the page already open', async () => {
    const o = d.options();
    open = await d.open(allowed());
    await settle(500);
    expect(await open.evaluate(injected)).toBe(0);
    await d.approve(SITE);
    await o.type('[data-testid="sites-allowed-input"]', '127.0.0.1');
    await o.click('[data-testid="sites-allowed"] button[type="submit"]');
    await until(async () => (await settings(o)).allowedSites.includes('127.0.0.1'));
    await until(async () => (await registered(o)).join() === SITE.join());
    expect(await grantedOrigins(o)).toEqual(SITE);
    expect(await originGranted(o, 'http://*/*')).toBe(false);
    expect(await originGranted(o, 'https://*/*')).toBe(false);
    // The tab opened before the grant is started by the background; a new load by the registration.
    await until(async () => (await open.evaluate(marks)) >= 2);
    await open.reload();
    await until(async () => (await open.evaluate(marks)) >= 2);
  });

  test('a page on a site not allowed gets nothing injected, while the allowed one is marked', async () => {
    const other = await d.open(notAllowed());
    expect(await other.evaluate(() => location.hostname)).toBe('localhost');
    await settle();
    expect(await other.evaluate(() => document.body.textContent?.length ?? 0)).toBeGreaterThan(100);
    expect(await other.evaluate(injected)).toBe(0);
    await other.reload();
    await settle();
    expect(await other.evaluate(injected)).toBe(0);
    await other.close();
  });

  test('access withdrawn (as in the browser\'s menus): the script is unregistered, the options say which site lacks it, one click gives it back', async () => {
    const o = d.options();
    await o.evaluate((p) => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).permissions.remove({ origins: p }), SITE);
    await until(async () => (await registered(o)).length === 0);
    await open.reload();
    await settle();
    expect(await open.evaluate(injected)).toBe(0);
    expect(await until(() => testIdText(o, 'access-missing'))).toContain('127.0.0.1');
    await d.approve(SITE);
    await o.click('[data-testid="grant-sites"]');
    await until(async () => (await registered(o)).join() === SITE.join());
    await until(async () => (await open.evaluate(marks)) >= 2);
  });

  test("a pack's origin that an allowed site also needs is kept when the site goes, and given back with the pack", async () => {
    const o = d.options();
    d.feeds().set(FEED_PATH, { body: FEED_V1, etag: '"sa1"' });
    const feedUrl = d.feeds().url(FEED_PATH);
    await d.approve(['https://127.0.0.1/*']);
    await o.type('[data-testid="feed-url-input"]', feedUrl);
    await o.click('[data-testid="feed-add"]');
    await until(async () => (await testIdText(o, 'feed-list')).includes(feedUrl));
    // The site goes: its http access is given back, https stays for the pack's downloads.
    await o.click('[data-testid="sites-allowed"] li button');
    await until(async () => (await settings(o)).allowedSites.length === 0);
    await until(async () => (await grantedOrigins(o)).join() === 'https://127.0.0.1/*');
    await until(async () => (await registered(o)).length === 0);
    // The pack goes: nothing is held any more.
    await o.click('[data-testid="feed-remove"]');
    await until(async () => (await grantedOrigins(o)).length === 0);
    expect(await originGranted(o, 'https://127.0.0.1/*')).toBe(false);
    await open.reload();
    await settle();
    expect(await open.evaluate(injected)).toBe(0);
  });

  test('back to "all sites": asked for once, registered for http and https everywhere', async () => {
    const o = d.options();
    await d.approve(ALL);
    await o.click('input[name="siteMode"][value="all"]');
    await until(async () => (await settings(o)).siteMode === 'all');
    await until(async () => (await registered(o)).join() === ALL.join());
    expect(await grantedOrigins(o)).toEqual(ALL);
    await open.reload();
    await until(async () => (await open.evaluate(marks)) >= 2);
    await open.close();
  });
}
