import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { defineDynamicTests, defineHostileTests } from './support/hardening-cases';
import { leftovers, waitIn, type HardeningDriver, type PageLike } from './support/hardening-page';
import { measurePage } from './support/hardening-perf';
import { PAGES } from './support/paths';

let session: ChromiumSession;
let server: StaticServer;
/** Every URL any page or extension context asked for. */
const requests: string[] = [];

const driver = (): HardeningDriver => ({
  browser: 'chromium',
  open: async (path) => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}${path}`);
    const like: PageLike = {
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      hover: (s) => page.hover(s),
      close: () => page.close(),
    };
    return like;
  },
});

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchChromium();
  session.context.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium hardening', () => {
  defineDynamicTests(driver);
  defineHostileTests(driver);

  describe('performance', () => {
    test('long page (50,000 words, 5,000 quotes): every quote marked in idle slices while the page scrolls', async () => {
      const page = await driver().open('/hardening/long/');
      const perf = await measurePage(page, 'long', 5000);
      console.log(`[perf chromium] ${JSON.stringify(perf)}`);
      expect(perf.quotesMarked).toBe(5000);
      expect(perf.scrolled).toBe(true);
      expect(perf.slices).toBeGreaterThan(10);
      expect(perf.errors).toBe(0);
      await page.close();
    });

    test('page that mutates every frame: the story is marked and the page keeps running', async () => {
      const page = await driver().open('/hardening/mutating/');
      await waitIn(page, () => [...document.querySelectorAll('quotetrace-mark')].some((m) => m.textContent?.includes('We are confident')));
      const f0 = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
      const perf = await measurePage(page, 'mutating', 2, 5_000);
      console.log(`[perf chromium] ${JSON.stringify(perf)}`);
      expect(await page.evaluate(() => (window as unknown as { __frames: number }).__frames)).toBeGreaterThan(f0);
      expect(await page.evaluate(() => document.querySelectorAll('quotetrace-mark quotetrace-mark').length)).toBe(0);
      expect(perf.errors).toBe(0);
      await page.close();
    });
  });

  describe('privacy', () => {
    test('no request left 127.0.0.1 or the extension, from any page or extension context', () => {
      expect(session.extensionRequests).toEqual([]);
      const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
      expect(foreign).toEqual([]);
    });
  });

  describe('extension update', () => {
    test('reloading the extension removes every mark, the card host and our styles from open pages', async () => {
      const page = await driver().open('/hardening/shadow/');
      await waitIn(page, () => document.querySelectorAll('quotetrace-mark').length >= 1);
      await waitIn(page, () => (document.querySelector('news-story')?.shadowRoot?.querySelectorAll('quotetrace-mark').length ?? 0) >= 1);
      expect((await page.evaluate(leftovers)).cards).toBe(1);
      await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await waitIn(page, () => {
        const shadow = document.querySelector('news-story')!.shadowRoot!;
        return document.querySelectorAll('quotetrace-mark, quotetrace-card, style[data-quotetrace-ui]').length === 0 &&
          shadow.querySelectorAll('quotetrace-mark, style[data-quotetrace-ui]').length === 0;
      });
      expect(await page.evaluate(leftovers)).toEqual({ marks: 0, cards: 0, styles: 0 });
      expect(await page.evaluate(() => document.querySelector('news-story')!.shadowRoot!.textContent)).toContain('We have twice the seats');
      await page.close();
    });
  });
});
