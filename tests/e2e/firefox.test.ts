import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxCard } from './support/closed-card';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { collectMarks, FOUNDING_QUOTES, NOT_STATEMENTS, STATUSES } from './support/expectations';
import { firefoxSettled, launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { PAGES } from './support/paths';

let session: FirefoxSession;
let server: StaticServer;
let page: Page;
let url: string;

/** The id of the tab showing the article, once it is scanned. */
const articleTabId = async () => (await firefoxSettled(page)).tabId;

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchFirefox();
  page = await session.browser.newPage();
  url = `${server.origin}/founding-article/`;
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('qtmark').length >= 8, { timeout: 30_000 });
  // Eight marks are not the whole scan: every test below counts all of them.
  await firefoxSettled(page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox: the founding article', () => {
  test('highlights every attributed quote and nothing in the site chrome', async () => {
    const marks = await page.evaluate(collectMarks);
    for (const q of FOUNDING_QUOTES) expect(marks.some((m) => m.text.includes(q.includes)), q.includes).toBe(true);
    for (const s of NOT_STATEMENTS) expect(marks.some((m) => m.text.includes(s)), s).toBe(false);
    expect(marks.filter((m) => m.inChrome)).toEqual([]);
    for (const m of marks) expect(STATUSES).toContain(m.status);
    expect(marks.find((m) => m.text.includes('We have no plans'))?.status).toBe('verified');
  });

  test('hovering a quote shows the card; moving away closes it', async () => {
    const ids = await page.evaluate(collectMarks);
    const handle = ids.find((m) => m.status === 'verified');
    const target = ids.find((m) => m.text.includes('We have no plans'))!;
    const mark = await page.$(`qtmark[data-quotetrace-id="${target.id}"]`);
    expect(handle).toBeTruthy();
    await mark!.hover();
    const text = await until(async () => String(await firefoxCard(page, 'text')));
    expect(text).toContain('Jens Stoltenberg');
    expect(text).toMatch(/30 January 2022|January 30, 2022/);
    expect(text).toMatch(/BBC/);
    await page.mouse.move(5, 880);
    await until(async () => (await firefoxCard(page, 'text')) === '');
  });

  test('keyboard focus opens the card and Escape closes it', async () => {
    const ids = await page.evaluate(collectMarks);
    const johnson = ids.find((m) => m.text.includes('urge Russia'))!;
    // The card opens on focus moved by the Tab key, never on a script's focus(): reach the quote
    // by Shift+Tab then Tab from it.
    await page.focus(`qtmark[data-quotetrace-id="${johnson.id}"]`);
    expect(await firefoxCard(page, 'text')).toBe('');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Tab');
    const text = await until(async () => String(await firefoxCard(page, 'text')));
    expect(text).toContain('Boris Johnson');
    await page.keyboard.press('Escape');
    await until(async () => (await firefoxCard(page, 'text')) === '');
  });

  test('badge, popup and sidebar show the page’s quotes; choosing one scrolls to it', async () => {
    const ext = await openExtensionPage(session.browser, `${session.base}/popup.html`);
    const tabId = await articleTabId();
    const marks = await page.evaluate(collectMarks);
    // The background sets the badge after it has answered the page (not awaited): asked until set.
    const badge = () =>
      ext.evaluate(
        // @ts-expect-error the WebExtension global in Firefox
        (id) => browser.browserAction.getBadgeText({ tabId: id }),
        tabId,
      );
    await expect.poll(badge, { timeout: 15_000 }).toBe(String(marks.length));
    await ext.close();

    const popup = await openExtensionPage(session.browser, `${session.base}/popup.html?tabId=${tabId}`);
    const found = () => popup.evaluate(() => document.querySelector('[data-testid="count-found"]')?.textContent ?? '');
    await expect.poll(found, { timeout: 15_000 }).toContain(String(marks.length));
    await popup.close();

    const panel = await openExtensionPage(session.browser, `${session.base}/sidepanel.html?tabId=${tabId}`);
    const items = await until<string[] | null>(async () => {
      const texts = await panel.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-quotetrace-item]')].map((e) => e.innerText));
      return texts.length > 0 ? texts : null;
    });
    expect(items!.length).toBe(marks.length);
    for (const q of FOUNDING_QUOTES) expect(items!.some((t) => t.includes(q.speaker)), q.speaker).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    const lavrov = marks.find((m) => m.text.includes('with full, equal'))!;
    await panel.evaluate((id) => document.querySelector<HTMLElement>(`[data-quotetrace-item="${id}"] .qt-item__main`)?.click(), lavrov.id);
    await until(() => page.evaluate(() => window.scrollY > 200));
    await panel.close();
  });
});
