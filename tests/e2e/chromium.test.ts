import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumCard } from './support/closed-card';
import { until } from './support/firefox';
import { waitForText } from './support/hardening-page';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { chromiumSettled, launchChromium, tabIdFor, type ChromiumSession } from './support/chromium';
import { collectMarks, FOUNDING_QUOTES, NOT_STATEMENTS, STATUSES } from './support/expectations';
import { PAGES } from './support/paths';

let session: ChromiumSession;
let server: StaticServer;
let page: Page;
let url: string;

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchChromium();
  page = await session.context.newPage();
  url = `${server.origin}/founding-article/`;
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('qtmark').length >= 8, null, { timeout: 20_000 });
  // Eight marks are not the whole scan: every test below counts all of them.
  await chromiumSettled(page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium: the founding article', () => {
  test('highlights every attributed quote and nothing in the site chrome', async () => {
    const marks = await page.evaluate(collectMarks);
    for (const q of FOUNDING_QUOTES) expect(marks.some((m) => m.text.includes(q.includes)), q.includes).toBe(true);
    for (const s of NOT_STATEMENTS) expect(marks.some((m) => m.text.includes(s)), s).toBe(false);
    expect(marks.filter((m) => m.inChrome)).toEqual([]);
    for (const m of marks) {
      expect(m.id).toMatch(/^q-[a-z0-9]+-\d+$/);
      expect(STATUSES).toContain(m.status);
    }
  });

  test('the database verifies the founding quotes', async () => {
    const marks = await page.evaluate(collectMarks);
    const stoltenberg = marks.find((m) => m.text.includes('We have no plans'));
    expect(stoltenberg?.status).toBe('verified');
    expect(marks.filter((m) => m.status === 'verified').length).toBeGreaterThanOrEqual(7);
  });

  test('hovering a quote shows the card with full name, date, context and status; leaving closes it', async () => {
    const mark = page.locator('qtmark', { hasText: 'We have no plans' }).first();
    await mark.hover();
    const text = await waitForText(async () => String(await chromiumCard(page, 'text')));
    expect(text).toContain('Jens Stoltenberg');
    expect(text).toMatch(/30 January 2022|January 30, 2022/);
    expect(text).toMatch(/BBC/);
    expect(text.toLowerCase()).toContain('verified');
    await page.mouse.move(5, 880);
    await until(async () => (await chromiumCard(page, 'text')) === '');
  });

  test('keyboard focus opens the card and Escape closes it', async () => {
    // The card opens on focus moved by the Tab key, never on a script's focus(): reach the quote
    // by Shift+Tab then Tab from it.
    await page.locator('qtmark', { hasText: 'urge Russia' }).first().focus();
    expect(await chromiumCard(page, 'text')).toBe('');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await waitForText(async () => String(await chromiumCard(page, 'text')))).toContain('Boris Johnson');
    await page.keyboard.press('Escape');
    await until(async () => (await chromiumCard(page, 'text')) === '');
  });

  test('the card does not cover the quote it explains', async () => {
    const mark = page.locator('qtmark', { hasText: 'Any company of interest' }).first();
    await mark.hover();
    await waitForText(async () => String(await chromiumCard(page, 'text')));
    const [m, c] = [await mark.boundingBox(), JSON.parse(String(await chromiumCard(page, 'box'))) as { x: number; y: number; width: number; height: number }];
    expect(m && c).toBeTruthy();
    const overlaps = m!.x < c!.x + c!.width && c!.x < m!.x + m!.width && m!.y < c!.y + c!.height && c!.y < m!.y + m!.height;
    expect(overlaps).toBe(false);
    await page.keyboard.press('Escape');
  });

  test('the toolbar badge shows the number of quotes on the tab', async () => {
    const tabId = await tabIdFor(session.worker, url);
    const count = (await page.evaluate(collectMarks)).length;
    // The background sets the badge after it has answered the page (not awaited): asked until set.
    const badge = () => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: 15_000 }).toBe(String(count));
  });

  test('the popup shows how many quotes were found and matched', async () => {
    const tabId = await tabIdFor(session.worker, url);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    const count = (await page.evaluate(collectMarks)).length;
    await expect.poll(() => popup.getByTestId('count-found').innerText(), { timeout: 15_000 }).toContain(String(count));
    expect(Number((await popup.getByTestId('count-matched').innerText()).match(/\d+/)?.[0])).toBeGreaterThanOrEqual(7);
    await popup.close();
  });

  test('the side panel lists every quote with its speaker, and choosing one scrolls the page to it', async () => {
    const tabId = await tabIdFor(session.worker, url);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
    const items = panel.locator('[data-quotetrace-item]');
    await items.first().waitFor({ timeout: 10_000 });
    const marks = await page.evaluate(collectMarks);
    expect(await items.count()).toBe(marks.length);
    const all = await panel.locator('[data-quotetrace-item]').allInnerTexts();
    for (const q of FOUNDING_QUOTES) expect(all.some((t) => t.includes(q.speaker)), q.speaker).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    const lavrov = marks.find((m) => m.text.includes('with full, equal'))!;
    await panel.locator(`[data-quotetrace-item="${lavrov.id}"]`).first().click();
    await page.waitForFunction(() => window.scrollY > 200, null, { timeout: 15_000 });
    const flashed = await page.evaluate((id) => document.querySelector(`qtmark[data-quotetrace-id="${id}"]`)?.hasAttribute('data-quotetrace-flash'), lavrov.id);
    expect(flashed).toBe(true);
    await panel.close();
  });

  test('no extension context made a network request', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});
