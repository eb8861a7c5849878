import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { collectMarks } from './support/expectations';
import { launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { PAGES, REPO } from './support/paths';

const IMPORTS = resolve(REPO, 'tests/fixtures/import');
let server: StaticServer;
let session: FirefoxSession;

const markCount = (p: Page) => p.evaluate(() => document.querySelectorAll('qtmark').length);

async function openArticle(slug: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  const url = `${server.origin}/${slug}/`;
  await page.goto(url);
  await page.waitForSelector('qtmark', { timeout: 30_000 });
  const probe = await openExtensionPage(session.browser, `${session.base}/popup.html`);
  const tabId = await until(() =>
    probe.evaluate(async (u) => {
      // @ts-expect-error the WebExtension global in Firefox
      const all = (await browser.storage.session.get(null)) as Record<string, { tabId: number; url: string } | null>;
      return Object.values(all).find((r) => r?.url === u)?.tabId;
    }, url),
  );
  await probe.close();
  return { page, tabId: tabId as number };
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
});
