import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { chromiumSettled, launchChromium, tabIdFor, type ChromiumSession } from './support/chromium';
import { chromiumCard } from './support/closed-card';
import { collectMarks } from './support/expectations';
import { waitForText } from './support/hardening-page';
import { PAGES, REPO } from './support/paths';
import { ADDRESS_NEEDLE, KREMLIN_FILE, KREMLIN_PAGE, MAX_CARD_HEIGHT, READOUT_BEFORE, READOUT_CARD, READOUT_LINKS, READOUT_NEEDLE, READOUT_NEVER, shotPath } from './support/provenance';

const IMPORTS = resolve(REPO, 'tests/fixtures/import');
let server: StaticServer;
let session: ChromiumSession;
let profile: string;

const hexOf = (rgba: number[]) => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;

async function openArticle(slug: string, minMarks = 1): Promise<{ page: Page; tabId: number; url: string }> {
  const page = await session.context.newPage();
  const url = `${server.origin}/${slug}/`;
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelectorAll('qtmark').length >= n, minMarks, { timeout: 20_000 });
  return { page, tabId: (await chromiumSettled(page)).tabId, url };
}

async function extensionPage(name: string, tabId?: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${name}.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  return page;
}

/** The status the side panel gives the quote containing `needle` (private matches show only there, #12). */
async function panelStatus(tabId: number, needle: string, want: string): Promise<string> {
  const panel = await extensionPage('sidepanel', tabId);
  try {
    const handle = await panel.waitForFunction(
      ([n, w]) => {
        const item = [...document.querySelectorAll<HTMLElement>('[data-quotetrace-item]')].find((e) => e.innerText.includes(n));
        const status = item ? /qt-item--(\w+)/.exec(item.className)?.[1] ?? '' : '';
        return status === w ? status : null;
      },
      [needle, want] as const,
      { timeout: 15_000 },
    ).catch(() => null);
    return handle ? String(await handle.jsonValue()) : 'not shown as ' + want;
  } finally {
    await panel.close();
  }
}

beforeAll(async () => {
  server = await serveFolder(PAGES);
  profile = await mkdtemp(join(tmpdir(), 'qt-surfaces-'));
  session = await launchChromium({ profile });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('Chromium: the reader’s surfaces', () => {
  test('the badge is coloured by the worst status on the page', async () => {
    const a = await openArticle('founding-article', 8);
    const b = await openArticle('altered-quotes', 3);
    const colour = (tabId: number) => session.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
    expect(hexOf(await colour(a.tabId))).toBe('#1b6e3a');
    expect(hexOf(await colour(b.tabId))).toBe('#b3261e');
    const statuses = (await b.page.evaluate(collectMarks)).map((m) => m.status);
    expect(statuses).toContain('misattributed');
    expect(statuses).toContain('altered');
    await a.page.close();
    await b.page.close();
  });

  test('the popup turns QuoteTrace off and on for a site, and the page follows', async () => {
    const { page, tabId } = await openArticle('founding-article', 8);
    const popup = await extensionPage('popup', tabId);
    const toggle = popup.getByTestId('site-toggle');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await page.waitForFunction(() => document.querySelectorAll('qtmark').length === 0, null, { timeout: 10_000 });
    await toggle.click();
    await page.waitForFunction(() => document.querySelectorAll('qtmark').length >= 8, null, { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  test('the options page switches highlights between full, underline-only and off', async () => {
    const { page } = await openArticle('founding-article', 8);
    const options = await extensionPage('options');
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector('qtmark')!).backgroundColor);
    const underline = () => page.evaluate(() => getComputedStyle(document.querySelector('qtmark')!).textDecorationLine);
    expect(await background()).not.toBe('rgba(0, 0, 0, 0)');
    await options.locator('[data-testid="choice-highlightStyle"] input[value="underline"]').check();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('qtmark')!).backgroundColor === 'rgba(0, 0, 0, 0)', null, { timeout: 5_000 });
    expect(await underline()).toBe('underline');
    await options.locator('[data-testid="choice-highlightStyle"] input[value="off"]').check();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('qtmark')!).textDecorationLine === 'none', null, { timeout: 5_000 });
    await options.locator('[data-testid="choice-highlightStyle"] input[value="full"]').check();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('qtmark')!).backgroundColor !== 'rgba(0, 0, 0, 0)', null, { timeout: 5_000 });
    await options.close();
    await page.close();
  });

  test('the side panel searches the whole database, fuzzily', async () => {
    const panel = await extensionPage('sidepanel');
    await panel.getByTestId('view-search').click();
    await panel.getByTestId('search-input').fill('nowhere to hide for oligarchs');
    await panel.getByTestId('search-submit').click();
    const results = panel.getByTestId('search-results');
    // the first search loads the whole database into the panel: slow on a loaded machine
    await results.waitFor({ timeout: 30_000 });
    await expect.poll(() => results.innerText(), { timeout: 30_000 }).toContain('Liz Truss');
    await panel.close();
  });

  test('checking a text as "Check with QuoteTrace" does shows what the database knows in the side panel', async () => {
    const panel = await extensionPage('sidepanel');
    await panel.getByTestId('view-selection').click();
    await panel.getByTestId('check-text').fill('there will be nowhere to hide for Putin’s oligarchs');
    await panel.getByTestId('check-submit').click();
    const view = panel.getByTestId('selection-check');
    await expect.poll(() => view.innerText(), { timeout: 10_000 }).toContain('Liz Truss');
    expect(await view.innerText()).toMatch(/Verified/i);
    await panel.getByTestId('check-text').fill('the lighthouse keeper painted the rocks bright orange');
    await panel.getByTestId('check-submit').click();
    await expect.poll(() => view.innerText(), { timeout: 10_000 }).toContain('the lighthouse keeper painted');
    expect(await view.innerText()).not.toMatch(/Verified/i);
    await panel.close();
  });

  test('a statement file imported in the options page is matched on open and new pages and survives a browser restart', async () => {
    const before = await openArticle('ferry-news', 1);
    const lindqvist = (await before.page.evaluate(collectMarks)).find((m) => m.text.includes('two sailings'));
    expect(lindqvist?.status).toBe('unmatched');

    const options = await extensionPage('options');
    await options.getByTestId('db-list').waitFor();
    await options.getByTestId('import-file').setInputFiles(join(IMPORTS, 'harbour-statements.jsonl'));
    const status = options.getByTestId('import-status');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/\b2 statements\b/);
    await expect.poll(() => options.locator('[data-db-id]').count(), { timeout: 10_000 }).toBe(1);
    // The bad third record is reported, not silently dropped.
    expect(await status.innerText()).toMatch(/Refused records: 1/);

    // A file that is not a statement file is refused whole and changes nothing.
    await options.getByTestId('import-file').setInputFiles(join(IMPORTS, 'broken.json'));
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).not.toMatch(/^\s*$/);
    expect(await options.locator('[data-db-id]').count()).toBe(1);
    await options.close();

    // The page that was already open follows the new database without a reload: in the side panel.
    // The page itself must not show what a private import says (#12): its mark keeps the bundled look.
    expect(await panelStatus(before.tabId, 'two sailings', 'verified')).toBe('verified');
    expect((await before.page.evaluate(collectMarks)).find((m) => m.text.includes('two sailings'))?.status).toBe('unmatched');
    await before.page.close();

    const after = await openArticle('ferry-news', 1);
    expect(await panelStatus(after.tabId, 'two sailings', 'verified')).toBe('verified');
    expect(await panelStatus(after.tabId, 'four new crew', 'altered')).toBe('altered');
    await after.page.close();

    await session.close();
    session = await launchChromium({ profile });
    const restarted = await openArticle('ferry-news', 1);
    expect(await panelStatus(restarted.tabId, 'two sailings', 'verified')).toBe('verified');
    await restarted.page.close();
  });

  test('a transcript record shows its source, licence, surrounding sentences and readout kind in the card and the panel', async () => {
    const options = await extensionPage('options');
    await options.getByTestId('db-list').waitFor();
    await options.getByTestId('import-file').setInputFiles(KREMLIN_FILE);
    await expect.poll(() => options.getByTestId('import-status').innerText(), { timeout: 10_000 }).toMatch(/\b3 statements\b/);
    const kremlinDb = options.locator('[data-db-id]', { hasText: 'kremlin-statements.jsonl' });
    await expect.poll(() => kremlinDb.innerText(), { timeout: 10_000 }).toContain('Licences: CC BY 4.0 (3)');
    expect(await kremlinDb.innerText()).toMatch(/Statements dated (28 January 2022|January 28, 2022) to/);
    expect(await kremlinDb.innerText()).toContain('2 of 3 are readouts or paraphrases');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.screenshot({ path: shotPath(`options-chromium-${scheme}`), fullPage: true });
    }
    await options.close();

    const { page, tabId } = await openArticle(KREMLIN_PAGE, 2);
    await page.locator('qtmark', { hasText: READOUT_NEEDLE }).first().hover();
    const text = await waitForText(async () => String(await chromiumCard(page, 'text')));
    for (const words of READOUT_CARD) expect(text).toContain(words);
    expect(text).not.toContain(READOUT_NEVER);
    expect(await chromiumCard(page, 'links')).toEqual(expect.arrayContaining(READOUT_LINKS));
    // Closed in the hover card: the sentences around the record wait for a click.
    expect(text).not.toContain(READOUT_BEFORE);
    const shoot = async (name: string) => {
      const box = JSON.parse(String(await chromiumCard(page, 'box'))) as { x: number; y: number; width: number; height: number };
      await page.screenshot({ path: shotPath(name), clip: { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: box.width + 24, height: box.height + 24 } });
      return box;
    };
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await shoot(`card-chromium-${scheme}`)).height).toBeLessThanOrEqual(MAX_CARD_HEIGHT);
    }
    expect(String(await chromiumCard(page, 'open'))).toContain(READOUT_BEFORE);
    await shoot('card-chromium-dark-context-open');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');

    const panel = await extensionPage('sidepanel', tabId);
    // Tall enough for the whole list: a full-page shot would repeat the sticky tab bar mid-page.
    await panel.setViewportSize({ width: 400, height: 1400 });
    const item = panel.locator('[data-quotetrace-item]', { hasText: READOUT_NEEDLE });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getByTestId('kind-tag').innerText()).toBe('Readout');
    expect(await item.getAttribute('class')).toContain('qt-item--readout');
    expect(await item.locator('.qt-badge').innerText()).not.toContain(READOUT_NEVER);
    await item.locator('.qt-item__toggle').click();
    expect(await item.innerText()).toContain('Source: en.kremlin.ru');
    expect(await item.innerText()).not.toContain(READOUT_BEFORE);
    await item.getByTestId('record-context').locator('summary').click();
    expect(await item.innerText()).toContain(READOUT_BEFORE);
    await panel.locator('[data-quotetrace-item]', { hasText: ADDRESS_NEEDLE }).locator('.qt-item__toggle').click();
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: shotPath(`panel-chromium-${scheme}`) });
    }
    await panel.close();
    await page.close();
  });
});
