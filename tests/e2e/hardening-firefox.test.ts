import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { firefoxPage, launchFirefox, type FirefoxSession } from './support/firefox';
import { defineDynamicTests, defineHostileTests, definePerformanceTests } from './support/hardening-cases';
import { leftovers, markSummary, waitIn, waitSteady, type HardeningDriver } from './support/hardening-page';
import { FIREFOX_BUILD, PAGES } from './support/paths';

let session: FirefoxSession;
let server: StaticServer;
/** Every URL the test pages asked for (their content scripts' requests would show here). */
const requests: string[] = [];

const driver = (): HardeningDriver => ({
  browser: 'firefox',
  open: async (path) => {
    const page = await session.browser.newPage();
    page.on('request', (r) => void requests.push(r.url()));
    await page.goto(`${server.origin}${path}`);
    return firefoxPage(page);
  },
});

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox hardening', () => {
  defineDynamicTests(driver);
  defineHostileTests(driver);

  definePerformanceTests(driver, 'performance (Firefox has no longtask: the content script reports its own slices)');

  describe('extension update', () => {
    // Firefox unloads an add-on's content scripts without running them again, so the old
    // instance cannot clean up; the updated background starts the new instance in open tabs
    // (site access is kept across an update) and it takes over: stale marks are unwrapped
    // before units are read, the stale card host is replaced.
    test('installed again over itself (an update): the new instance takes over with one card and no duplicate marks', async () => {
      const page = await driver().open('/hardening/paywall/');
      await waitIn(page, () => document.querySelectorAll('qtmark').length >= 1);
      // The fewest marks the page shows between tasks (when it can paint) from here on: the
      // takeover must put the new marks in where the old ones were in one task, never show the
      // quotes unmarked while the new instance asks the background.
      const before = await page.evaluate(() => {
        const w = window as unknown as { fewestMarks: number };
        const count = () => document.querySelectorAll('qtmark').length;
        w.fewestMarks = count();
        const sample = () => {
          const n = count();
          w.fewestMarks = Math.min(w.fewestMarks, n);
          setTimeout(sample, 0);
        };
        sample();
        return w.fewestMarks;
      });
      await session.browser.installExtension(FIREFOX_BUILD);
      await page.evaluate(() => (window as unknown as { unlock: () => void }).unlock());
      await waitIn(page, () => [...document.querySelectorAll('qtmark')].some((m) => m.textContent?.includes('We expect normal service')));
      // The new instance starts from the background, not a load, and may take over after the two
      // marks are first seen (it unwraps them and marks again): wait for the state that holds.
      await waitSteady(page, leftovers, (v) => v.marks >= 2);
      const s = await page.evaluate(markSummary);
      expect(s).toMatchObject({ ids: 2, marks: 2, nested: 0 });
      expect(await page.evaluate(leftovers)).toEqual({ marks: 2, cards: 1, styles: 1 });
      expect(await page.evaluate(() => (window as unknown as { fewestMarks: number }).fewestMarks)).toBeGreaterThanOrEqual(before);
      await page.close();
    });
  });

  describe('privacy', () => {
    test('pages under test only ever requested 127.0.0.1', () => {
      expect(requests.length).toBeGreaterThan(0);
      // data: URLs are not network requests (Firefox loads a built-in font as one).
      const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:'));
      expect(foreign, foreign.join(' ')).toEqual([]);
    });
  });
});
