import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { firefoxCard } from './support/closed-card';
import { collectMarks } from './support/expectations';
import { firefoxSettled, launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { PAGES, REPO } from './support/paths';
import { KREMLIN_FILE, KREMLIN_PAGE, MAX_CARD_HEIGHT, READOUT_BEFORE, READOUT_CARD, READOUT_LINKS, READOUT_NEEDLE, shotPath } from './support/provenance';

const IMPORTS = resolve(REPO, 'tests/fixtures/import');
let server: StaticServer;
let session: FirefoxSession;

const markCount = (p: Page) => p.evaluate(() => document.querySelectorAll('qtmark').length);

async function openArticle(slug: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  const url = `${server.origin}/${slug}/`;
  await page.goto(url);
  await page.waitForSelector('qtmark', { timeout: 30_000 });
  return { page, tabId: (await firefoxSettled(page)).tabId };
}

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox: the reader’s surfaces', () => {
  test('the popup turns QuoteTrace off and on for a site, and the page follows', async () => {
    const { page, tabId } = await openArticle('founding-article');
    const popup = await openExtensionPage(session.browser, `${session.base}/popup.html?tabId=${tabId}`);
    const toggle = await popup.waitForSelector('[data-testid="site-toggle"]');
    await toggle!.click();
    await until(async () => (await markCount(page)) === 0);
    await toggle!.click();
    await until(async () => (await markCount(page)) >= 8);
    await popup.close();
    await page.close();
  });

  test('the options page switches highlights to underline-only', async () => {
    const { page } = await openArticle('founding-article');
    const options = await openExtensionPage(session.browser, `${session.base}/options.html`);
    const radio = await options.waitForSelector('[data-testid="choice-highlightStyle"] input[value="underline"]');
    await radio!.click();
    await until(() => page.evaluate(() => getComputedStyle(document.querySelector('qtmark')!).backgroundColor === 'rgba(0, 0, 0, 0)'));
    const full = await options.waitForSelector('[data-testid="choice-highlightStyle"] input[value="full"]');
    await full!.click();
    await until(() => page.evaluate(() => getComputedStyle(document.querySelector('qtmark')!).backgroundColor !== 'rgba(0, 0, 0, 0)'));
    await options.close();
    await page.close();
  });

  test('the sidebar searches the whole database', async () => {
    const panel = await openExtensionPage(session.browser, `${session.base}/sidepanel.html`);
    await (await panel.waitForSelector('[data-testid="view-search"]'))!.click();
    await (await panel.waitForSelector('[data-testid="search-input"]'))!.type('nowhere to hide for oligarchs');
    await (await panel.waitForSelector('[data-testid="search-submit"]'))!.click();
    const text = await until(() => panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="search-results"]')?.innerText ?? ''));
    expect(text).toContain('Liz Truss');
    await panel.close();
  });

  test('a statement file imported in the options page is matched on pages', async () => {
    const options = await openExtensionPage(session.browser, `${session.base}/options.html`);
    const input = await options.waitForSelector('[data-testid="import-file"]');
    await (input as unknown as { uploadFile: (p: string) => Promise<void> }).uploadFile(join(IMPORTS, 'harbour-statements.jsonl'));
    const status = await until(() =>
      options.evaluate(() => {
        const t = document.querySelector<HTMLElement>('[data-testid="import-status"]')?.innerText ?? '';
        return /2 statements/.test(t) ? t : '';
      }),
    );
    expect(status).toMatch(/Refused records: 1/);
    await options.close();
    const { page, tabId } = await openArticle('ferry-news');
    // Private matches show in the extension's own surfaces only (#12), here the sidebar page.
    const panel = await openExtensionPage(session.browser, `${session.base}/sidepanel.html?tabId=${tabId}`);
    const statusOf = (needle: string) =>
      panel.evaluate((n) => {
        const item = [...document.querySelectorAll<HTMLElement>('[data-quotetrace-item]')].find((e) => e.innerText.includes(n));
        return item ? /qt-item--(\w+)/.exec(item.className)?.[1] ?? '' : '';
      }, needle);
    expect(await until(async () => ((await statusOf('two sailings')) === 'verified' ? 'verified' : null))).toBe('verified');
    expect(await statusOf('four new crew')).toBe('altered');
    await panel.close();
    expect((await page.evaluate(collectMarks)).find((m) => m.text.includes('two sailings'))?.status).toBe('unmatched');
    await page.close();
  });

  test('a transcript record shows its source, licence, surrounding sentences and readout kind in the card and the sidebar, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      // Firefox takes its colour scheme from a launch preference: one session each.
      await session.close();
      session = await launchFirefox({ colorScheme: scheme });
      const options = await openExtensionPage(session.browser, `${session.base}/options.html`);
      // Polled: right after a relaunch, BiDi may fail a wait while the extension page is still loading.
      const input = await until(() => options.$('[data-testid="import-file"]'));
      await (input as unknown as { uploadFile: (p: string) => Promise<void> }).uploadFile(KREMLIN_FILE);
      await until(() => options.evaluate(() => /\b3 statements\b/.test(document.querySelector<HTMLElement>('[data-testid="import-status"]')?.innerText ?? '')));
      const listed = await until(() => options.evaluate(() => {
        const item = [...document.querySelectorAll<HTMLElement>('[data-db-id]')].find((e) => e.innerText.includes('kremlin-statements.jsonl'));
        return item?.innerText.includes('Licences:') ? item.innerText : '';
      }));
      expect(listed).toContain('Licences: CC BY 4.0 (3)');
      expect(listed).toContain('2 of 3 are readouts or paraphrases');
      await options.screenshot({ path: shotPath(`options-firefox-${scheme}`), fullPage: true });
      await options.close();

      const { page, tabId } = await openArticle(KREMLIN_PAGE);
      const target = (await page.evaluate(collectMarks)).find((m) => m.text.includes(READOUT_NEEDLE))!;
      expect(target).toBeTruthy();
      await (await page.$(`qtmark[data-quotetrace-id="${target.id}"]`))!.hover();
      const text = await until(async () => String(await firefoxCard(page, 'text')));
      for (const words of READOUT_CARD) expect(text).toContain(words);
      expect(await firefoxCard(page, 'links')).toEqual(expect.arrayContaining(READOUT_LINKS));
      expect(text).not.toContain(READOUT_BEFORE);
      const box = JSON.parse(String(await firefoxCard(page, 'box'))) as { x: number; y: number; width: number; height: number };
      expect(box.height).toBeLessThanOrEqual(MAX_CARD_HEIGHT);
      const clip = { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: box.width + 24, height: box.height + 24 };
      await page.screenshot({ path: shotPath(`card-firefox-${scheme}`), clip });
      expect(String(await firefoxCard(page, 'open'))).toContain(READOUT_BEFORE);
      await page.screenshot({ path: shotPath(`card-firefox-${scheme}-context-open`), clip });

      const panel = await openExtensionPage(session.browser, `${session.base}/sidepanel.html?tabId=${tabId}`);
      await panel.setViewport({ width: 400, height: 1400 });
      await until(() => panel.evaluate((n) => {
        const item = [...document.querySelectorAll<HTMLElement>('[data-quotetrace-item]')].find((e) => e.innerText.includes(n));
        const toggle = item?.querySelector<HTMLElement>('.qt-item__toggle');
        if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
        return !!item?.querySelector('[data-testid="record-context"]');
      }, READOUT_NEEDLE));
      const details = await panel.evaluate(async (n) => {
        const item = [...document.querySelectorAll<HTMLElement>('[data-quotetrace-item]')].find((e) => e.innerText.includes(n))!;
        item.querySelector<HTMLElement>('[data-testid="record-context"] summary')!.click();
        await new Promise((r) => requestAnimationFrame(r));
        return { tag: item.querySelector<HTMLElement>('[data-testid="kind-tag"]')?.innerText, text: item.innerText };
      }, READOUT_NEEDLE);
      expect(details.tag).toBe('Readout');
      expect(details.text).toContain('Source: en.kremlin.ru');
      expect(details.text).toContain(READOUT_BEFORE);
      await panel.screenshot({ path: shotPath(`panel-firefox-${scheme}`) });
      await panel.close();
      await page.close();
    }
  });
});
