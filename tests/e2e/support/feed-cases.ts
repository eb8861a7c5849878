import { expect, test } from 'vitest';
import { grantedOrigins, originGranted, testIdText, until } from './poll';
import { FEED_QUOTE_1, FEED_QUOTE_2, FEED_V1, FEED_V2, type FeedServer } from './feed-server';

/** What the shared feed tests need from one browser. */
export interface FeedDriver {
  server: () => FeedServer;
  /** The fixture page server's origin (plain http on 127.0.0.1). */
  pagesOrigin: () => string;
  /** The options page, opened and ready. */
  options: () => FeedPage;
  /** Opens a web page in a tab and waits until QuoteTrace has scanned it. */
  visit: (url: string) => Promise<void>;
  /** Opens a URL in a tab and waits for it to load (no scan expected). */
  load: (url: string) => Promise<void>;
  /** Makes the browser grant what permissions.request asks (a headless prompt cannot be clicked). */
  grant: (pattern: string) => Promise<void>;
}

export interface FeedPage {
  evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T>;
  type: (selector: string, text: string) => Promise<void>;
  select: (selector: string, value: string) => Promise<void>;
  click: (selector: string) => Promise<void>;
}

const PATH = '/packs/newsroom.jsonl';

interface FeedView { id: string; url: string; count: number; lastCheck: number | null; lastSuccess: number | null; lastError: string | null; etag: string | null }

function storedFeeds(p: FeedPage): Promise<FeedView[]> {
  return p.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const v = (await api.storage.local.get('feeds')) as { feeds?: FeedView[] };
    return v.feeds ?? [];
  }, null);
}

/** The match status the extension recorded for a quote on a page (extension storage, not the DOM). */
function statusOf(p: FeedPage, pageUrl: string, quote: string): Promise<string | null> {
  return p.evaluate(
    async ([u, q]) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const all = (await api.storage.session.get(null)) as Record<string, { url?: string; quotes?: { text: string; match?: { status: string } }[] } | null>;
      const tab = Object.values(all).find((r) => r?.url === u);
      const hit = tab?.quotes?.find((x) => x.text.includes(q.slice(0, 40)));
      return hit?.match?.status ?? null;
    },
    [pageUrl, quote] as const,
  );
}


function alarms(p: FeedPage): Promise<{ name: string; periodInMinutes?: number }[]> {
  return p.evaluate(() => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).alarms.getAll(), null);
}

/**
 * The whole life of a pack from a URL, in order: add, match, changed file, 304, broken files,
 * and removal, with the requests the server saw checked at the end.
 */
export function defineFeedTests(d: FeedDriver) {
  const article = () => `${d.pagesOrigin()}/feed-article/`;
  const feedUrl = () => d.server().url(PATH);
  const pattern = 'https://127.0.0.1/*';
  let feedId = '';

  test('before: the quotes on the article are not in any database', async () => {
    await d.visit(article());
    expect(await statusOf(d.options(), article(), FEED_QUOTE_1)).toBe('unmatched');
  });

  test('adding a URL asks for its origin, downloads it, and lists it with its checks', async () => {
    // The feed's site sets a cookie in a normal visit; the feed's requests must not carry it.
    d.server().set(COOKIE_PATH, { body: 'ok', contentType: 'text/plain', headers: { 'set-cookie': 'qtsession=secret; Secure; SameSite=None; Path=/' } });
    await d.load(d.server().url(COOKIE_PATH));
    await d.load(d.server().url(COOKIE_PATH));
    expect(d.server().requests.filter((r) => r.path === COOKIE_PATH).at(-1)?.headers.cookie).toContain('qtsession=secret');
    d.server().set(PATH, { body: FEED_V1, etag: '"v1"', lastModified: 'Mon, 30 Nov 2026 10:00:00 GMT' });
    await d.grant(pattern);
    const o = d.options();
    await o.type('[data-testid="feed-url-input"]', feedUrl());
    await o.select('#feed-schedule', 'weekly');
    await o.click('[data-testid="feed-add"]');
    const listed = await until(async () => ((await testIdText(o, 'feed-list')).includes(feedUrl()) ? testIdText(o, 'feed-list') : null));
    expect(listed).toContain('1 statement');
    expect(listed).toMatch(/Last check\s+\S/);
    expect(await testIdText(o, 'feed-error')).toBe('');
    const [f] = await storedFeeds(o);
    feedId = f.id;
    expect(f).toMatchObject({ url: feedUrl(), count: 1, etag: '"v1"', lastError: null });
    expect(await originGranted(o, pattern)).toBe(true);
    expect(await alarms(o)).toContainEqual(expect.objectContaining({ name: `qt-feed:${f.id}`, periodInMinutes: 7 * 24 * 60 }));
  });

  test('its statement now verifies the quote on the article', async () => {
    await d.visit(article());
    await until(async () => (await statusOf(d.options(), article(), FEED_QUOTE_1)) === 'verified');
    expect(await statusOf(d.options(), article(), FEED_QUOTE_2)).toBe('unmatched');
  });

  test('a changed file (new ETag) replaces it: asked for with If-None-Match, 200, new quote matched', async () => {
    d.server().set(PATH, { body: FEED_V2, etag: '"v2"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    const o = d.options();
    await o.click('[data-testid="feed-refresh"]');
    await until(async () => (await storedFeeds(o))[0]?.count === 2);
    const last = d.server().requests.filter((r) => r.path === PATH).at(-1)!;
    expect(last.headers['if-none-match']).toBe('"v1"');
    expect(last.status).toBe(200);
    await d.visit(article());
    await until(async () => (await statusOf(o, article(), FEED_QUOTE_2)) === 'verified');
  });

  test('304 Not Modified keeps it and counts as a success', async () => {
    const o = d.options();
    const before = (await storedFeeds(o))[0];
    await o.click('[data-testid="feed-refresh"]');
    const after = (await until(async () => {
      const f = (await storedFeeds(o))[0];
      return f.lastCheck! > before.lastCheck! ? f : null;
    }))!;
    expect(d.server().requests.filter((r) => r.path === PATH).at(-1)!.status).toBe(304);
    expect(after).toMatchObject({ count: 2, etag: '"v2"', lastError: null });
    expect(after.lastSuccess!).toBeGreaterThan(before.lastSuccess!);
  });

  test.each([
    ['cut off in its last record', { body: `${FEED_V2}{"id":"feed-test:3","text":"The shuttle`, etag: '"v3"' }, /cut off/],
    ['a dropped connection', { body: `${FEED_V2}${FEED_V2}`, etag: '"v4"', cutAt: FEED_V2.length + 10 }, /download/],
    ['an HTML error page', { body: '<html><body><h1>Service unavailable</h1></body></html>', etag: '"v5"', contentType: 'text/html' }, /not JSON Lines|not a statement|no statement/i],
    ['an image', { body: 'PNG not really', etag: '"v6"', contentType: 'image/png' }, /image\/png/],
  ] as const)('a broken update (%s) keeps the last good version and shows why', async (_name, response, why) => {
    d.server().set(PATH, response);
    const o = d.options();
    const before = (await storedFeeds(o))[0];
    await o.click('[data-testid="feed-refresh"]');
    const after = (await until(async () => {
      const f = (await storedFeeds(o))[0];
      return f.lastCheck! > before.lastCheck! ? f : null;
    }))!;
    expect(after.lastError).toMatch(why);
    expect(after).toMatchObject({ count: 2, etag: '"v2"' });
    await until(async () => (await testIdText(o, 'feed-error')).includes('previous version is kept'));
    await d.visit(article());
    await until(async () => (await statusOf(o, article(), FEED_QUOTE_2)) === 'verified');
  });

  test('every request the server got was a plain GET of the file: no cookie, no referrer, no page data', () => {
    // The tab that visited the cookie page asked for it and its favicon; the rest is the extension.
    const feedRequests = d.server().requests.filter((r) => r.path !== COOKIE_PATH && r.path !== '/favicon.ico');
    // 7 checks; a browser may retry a GET whose connection dropped, so at least 7.
    expect(feedRequests.length).toBeGreaterThanOrEqual(7);
    for (const r of feedRequests) {
      expect(r.method).toBe('GET');
      expect(r.path, JSON.stringify(r)).toBe(PATH);
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
      expect(r.headers.authorization).toBeUndefined();
      // Only what any download sends, plus our validators.
      const names = Object.keys(r.headers).filter((h) => !/^(host|connection|user-agent|accept|accept-encoding|accept-language|pragma|cache-control|sec-fetch-(site|mode|dest)|priority|if-none-match|if-modified-since|origin|te)$/.test(h));
      expect(names, JSON.stringify(r.headers)).toEqual([]);
    }
  });

  test('removing it removes its pack, its alarm and the origin permission', async () => {
    const o = d.options();
    await o.click('[data-testid="feed-remove"]');
    await until(async () => (await storedFeeds(o)).length === 0);
    expect(await alarms(o)).not.toContainEqual(expect.objectContaining({ name: `qt-feed:${feedId}` }));
    // The pack's own grant is given back. With "all sites" chosen, that access (another grant)
    // still covers the origin; in "only the sites I allow" nothing does (site-access-*.test.ts).
    await until(async () => !(await grantedOrigins(o)).includes(pattern));
    if (!(await originGranted(o, 'https://*/*'))) expect(await originGranted(o, pattern)).toBe(false);
    await d.visit(article());
    await until(async () => (await statusOf(o, article(), FEED_QUOTE_1)) === 'unmatched');
  });
}

/** A cookie the feed server sets on a normal visit, which the feed's requests must not carry. */
export const COOKIE_PATH = '/set-cookie';
