/**
 * npm run screenshots: the demo pages with highlights, an open hover card (verified, altered and
 * misattributed), the popup, the side panel and the options page, in Chromium and Firefox, light
 * and dark, into docs/screenshots/ (the README shows some of them); then the store listing images
 * into docs/store/images/: 1280x800 screenshots and the 440x280 promo tile, each size checked.
 *
 * `npm run screenshots -- --store` makes only the store images; `-- chromium` / `-- firefox` only
 * that browser's README screenshots. Needs the builds (`npm run screenshots` builds first).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from '../tests/e2e/support/chromium';
import { chromiumCard, firefoxCard } from '../tests/e2e/support/closed-card';
import { launchFirefox, openExtensionPage, until } from '../tests/e2e/support/firefox';
import { PAGES } from '../tests/e2e/support/paths';
import { expectPngSize } from './lib/png';
import { dataUrl, htmlRenderer } from './lib/render-html';
import { serveFolder } from './lib/serve';

const REPO = resolve(import.meta.dirname, '..');
const OUT = join(REPO, 'docs/screenshots');
const STORE_OUT = join(REPO, 'docs/store/images');
/** Chrome Web Store sizes (https://developer.chrome.com/docs/webstore/images). */
export const STORE_SCREENSHOT = { width: 1280, height: 800 };
export const PROMO_TILE = { width: 440, height: 280 };
type Scheme = 'light' | 'dark';
type Box = { x: number; y: number; width: number; height: number };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** In the page: the id of the first quote whose text contains `needle`. */
const markId = (needle: string) =>
  [...document.querySelectorAll('qtmark')].find((m) => m.textContent?.includes(needle))?.getAttribute('data-quotetrace-id') ?? null;

/** In the page: scroll the quote to a third of the way down, so the card has room below it. */
const placeQuote = (id: string) => {
  const el = document.querySelector(`qtmark[data-quotetrace-id="${id}"]`);
  if (el) window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight / 3);
};

/** In the page: the quote's box and the viewport, in viewport coordinates. */
const markBox = (id: string) => {
  const r = document.querySelector(`qtmark[data-quotetrace-id="${id}"]`)!.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height, vw: window.innerWidth, vh: window.innerHeight, scrollY: window.scrollY };
};

const CARDS = [
  { page: 'founding-article', needle: 'We have no plans', name: 'card-verified' },
  { page: 'altered-quotes', needle: 'exempt from those sanctions', name: 'card-altered' },
  { page: 'altered-quotes', needle: 'facts on the ground', name: 'card-misattributed' },
];

/**
 * Imported ratings, seen on a page: the fictional harbour files (a JSON Lines record with a verdict
 * scale, a CSV "rating" with none) imported in the options page, then the popup and side panel
 * of the ferry page. Private imports show in the popup and panel, never on the page (#12).
 */
const IMPORTS = join(REPO, 'tests/fixtures/import');
const RATED_FILES = ['harbour-statements.jsonl', 'harbour-ratings.csv'];

/** In the side panel: the page's list (the panel remembers the last tab), with the CSV-rated quote opened. */
const openRatedItem = () => {
  document.querySelector<HTMLElement>('[data-testid="view-page"]')?.click();
  const item = [...document.querySelectorAll('[data-quotetrace-item]')].find((li) => li.textContent?.includes('Weekend services'));
  item?.querySelector<HTMLElement>('.qt-item__toggle')?.click();
  return !!item;
};

/** Typed, not submitted, into the panel's Search: results follow the typing, and a misspelling is not a 100% match. */
const MISSPELT_SEARCH = 'no plans to deploy combat troups';

/** What both Playwright's and Puppeteer's pages can do, for the shared card loop. */
interface ShotPage {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  hover(selector: string): Promise<void>;
  mouse: { move(x: number, y: number): Promise<void> };
}

/** Opens the page, hovers the quote and waits for its card; the quote's id, or null if not highlighted. */
async function openCard(page: ShotPage, url: string, needle: string, label: string): Promise<string | null> {
  await page.goto(url);
  await page.waitForSelector('qtmark', { timeout: 30_000 });
  await pause(500);
  const id = await page.evaluate(markId, needle);
  if (!id) {
    console.warn(`${label}: no highlighted quote "${needle}"`);
    return null;
  }
  await page.evaluate(placeQuote, id);
  await page.hover(`qtmark[data-quotetrace-id="${id}"]`);
  await pause(1100); // hover intent (150 ms) and first paint of the closed card
  return id;
}

/**
 * The area around the quote and its card. The card's shadow root is closed to the page (#12);
 * `cardBox` reads its box through the automation protocol. Viewport coordinates.
 */
async function cardClip(page: ShotPage, id: string, cardBox: () => Promise<unknown>): Promise<Box & { scrollY: number }> {
  const m = await page.evaluate(markBox, id);
  const raw = await cardBox();
  const card = typeof raw === 'string' && raw ? (JSON.parse(raw) as Box) : null;
  if (!card) throw new Error(`no card open for quote ${id}`);
  const top = Math.max(0, Math.min(m.y, card.y) - 24);
  const bottom = Math.min(m.vh, Math.max(m.y + m.height, card.y + card.height) + 24);
  const right = Math.min(m.vw, Math.max(1000, card.x + card.width + 24));
  return { x: 0, y: top, width: right, height: bottom - top, scrollY: m.scrollY };
}

/** The demo page and an open card for each CARDS entry. `pageCoords`: Puppeteer clips in page coordinates, Playwright in the viewport's. */
async function shootCards(
  page: ShotPage,
  origin: string,
  label: string,
  pageCoords: boolean,
  cardBox: () => Promise<unknown>,
  shot: (name: string, clip?: Box) => Promise<unknown>,
) {
  for (const c of CARDS) {
    if (c.name === 'card-verified') {
      await page.goto(`${origin}/${c.page}/`);
      await page.waitForSelector('qtmark', { timeout: 30_000 });
      await pause(500);
      await shot('page');
    }
    const id = await openCard(page, `${origin}/${c.page}/`, c.needle, label);
    if (!id) continue;
    const { scrollY, ...clip } = await cardClip(page, id, cardBox);
    await shot(c.name, { ...clip, y: clip.y + (pageCoords ? scrollY : 0) });
    await page.mouse.move(2, 2);
    await pause(400);
  }
}

/** The tab id the background recorded for `url` (the popup and panel take it as ?tabId=). */
async function chromiumTabId(s: ChromiumSession, url: string): Promise<number | undefined> {
  const all = (await s.worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, { tabId: number; url: string } | null>;
  return Object.values(all).find((r) => r?.url === url)?.tabId;
}

async function chromiumShots(origin: string, scheme: Scheme) {
  const s = await launchChromium({ colorScheme: scheme });
  const shot = (p: PwPage, name: string, opts: Parameters<PwPage['screenshot']>[0] = {}) =>
    p.screenshot({ ...opts, path: join(OUT, `chromium-${scheme}-${name}.png`) });
  try {
    const page = await s.context.newPage();
    await shootCards(page as unknown as ShotPage, origin, `chromium ${scheme}`, false, () => chromiumCard(page, 'box'), (name, clip) =>
      shot(page, name, clip ? { clip } : {}),
    );
    await page.goto(`${origin}/founding-article/`);
    await page.waitForSelector('qtmark');
    await pause(800);
    const tabId = await chromiumTabId(s, `${origin}/founding-article/`);
    const surfaces: [string, number, number][] = [
      ['popup', 340, 200],
      ['sidepanel', 420, 900],
      ['options', 1000, 1100],
    ];
    for (const [name, width, height] of surfaces) {
      const p = await s.context.newPage();
      await p.setViewportSize({ width, height });
      await p.goto(`chrome-extension://${s.extensionId}/${name}.html?tabId=${tabId}`);
      await pause(1200);
      await shot(p, name, { fullPage: name !== 'sidepanel' });
      await p.close();
    }
    const panel = await s.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('view-search').click();
    await panel.getByTestId('search-input').pressSequentially(MISSPELT_SEARCH);
    await panel.getByTestId('search-results').waitFor();
    await pause(500);
    await shot(panel, 'sidepanel-search');
    await panel.getByTestId('view-selection').click();
    await panel.getByTestId('check-text').fill('So there can be nobody who thinks that they will be exempt from those sanctions');
    await panel.getByTestId('check-submit').click();
    await panel.getByTestId('selection-check').waitFor();
    await pause(800);
    await shot(panel, 'sidepanel-selection');
    await panel.close();

    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    for (const f of RATED_FILES) {
      await options.getByTestId('import-file').setInputFiles(join(IMPORTS, f));
      await options.getByTestId('import-status').filter({ hasText: f }).waitFor();
      await pause(500);
    }
    await options.close();
    const ferry = `${origin}/ferry-news/`;
    await page.goto(ferry);
    await page.waitForSelector('qtmark');
    await pause(1500);
    const ferryTab = await chromiumTabId(s, ferry);
    for (const [name, width, height] of [['popup', 340, 200], ['sidepanel', 420, 700]] as const) {
      const p = await s.context.newPage();
      await p.setViewportSize({ width, height });
      await p.goto(`chrome-extension://${s.extensionId}/${name}.html?tabId=${ferryTab}`);
      await pause(1200);
      if (name === 'sidepanel' && !(await p.evaluate(openRatedItem))) console.warn(`chromium ${scheme}: no rated quote in the panel`);
      await pause(400);
      await shot(p, `${name}-rated`, { fullPage: true });
      await p.close();
    }
  } finally {
    await s.close();
  }
}

async function firefoxShots(origin: string, scheme: Scheme) {
  const s = await launchFirefox({ colorScheme: scheme });
  const shot = (p: PpPage, name: string, opts: Parameters<PpPage['screenshot']>[0] = {}) =>
    p.screenshot({ ...opts, path: join(OUT, `firefox-${scheme}-${name}.png`) as `${string}.png` });
  try {
    const page = await s.browser.newPage();
    await shootCards(page as unknown as ShotPage, origin, `firefox ${scheme}`, true, () => firefoxCard(page, 'box'), (name, clip) =>
      shot(page, name, clip ? { clip } : {}),
    );
    await page.goto(`${origin}/founding-article/`);
    await page.waitForSelector('qtmark');
    await pause(800);
    const probe = await openExtensionPage(s.browser, `${s.base}/popup.html`);
    const tabId = await until(() =>
      probe.evaluate(async (u) => {
        // @ts-expect-error the WebExtension global in Firefox
        const all = (await browser.storage.session.get(null)) as Record<string, { tabId: number; url: string } | null>;
        return Object.values(all).find((r) => r?.url === u)?.tabId;
      }, `${origin}/founding-article/`),
    );
    await probe.close();
    const surfaces: [string, number, number][] = [
      ['popup', 340, 200],
      ['sidepanel', 420, 900],
      ['options', 1000, 1100],
    ];
    for (const [name, width, height] of surfaces) {
      const p = await openExtensionPage(s.browser, `${s.base}/${name}.html?tabId=${tabId}`);
      await p.setViewport({ width, height });
      await until(() => p.evaluate(() => document.body?.innerText.length > 20));
      await pause(1200);
      await shot(p, name, { fullPage: name !== 'sidepanel' });
      await p.close();
    }
    const panel = await openExtensionPage(s.browser, `${s.base}/sidepanel.html?tabId=${tabId}`);
    await panel.setViewport({ width: 420, height: 900 });
    await panel.waitForSelector('[data-testid="view-search"]');
    await panel.click('[data-testid="view-search"]');
    await panel.type('[data-testid="search-input"]', MISSPELT_SEARCH);
    await panel.waitForSelector('[data-testid="search-results"]');
    await pause(500);
    await shot(panel, 'sidepanel-search');
    await panel.click('[data-testid="view-selection"]');
    await panel.type('[data-testid="check-text"]', 'So there can be nobody who thinks that they will be exempt from those sanctions');
    await panel.click('[data-testid="check-submit"]');
    await panel.waitForSelector('[data-testid="selection-check"]');
    await pause(800);
    await shot(panel, 'sidepanel-selection');
    await panel.close();

    const options = await openExtensionPage(s.browser, `${s.base}/options.html`);
    for (const f of RATED_FILES) {
      const input = await options.waitForSelector('[data-testid="import-file"]');
      await (input as unknown as { uploadFile: (p: string) => Promise<void> }).uploadFile(join(IMPORTS, f));
      await until(() => options.evaluate((name) => (document.querySelector<HTMLElement>('[data-testid="import-status"]')?.innerText ?? '').includes(name) || null, f));
      await pause(500);
    }
    await options.close();
    const ferry = `${origin}/ferry-news/`;
    await page.goto(ferry);
    await page.waitForSelector('qtmark');
    await pause(1500);
    const probe2 = await openExtensionPage(s.browser, `${s.base}/popup.html`);
    const ferryTab = await until(() =>
      probe2.evaluate(async (u) => {
        // @ts-expect-error the WebExtension global in Firefox
        const all = (await browser.storage.session.get(null)) as Record<string, { tabId: number; url: string } | null>;
        return Object.values(all).find((r) => r?.url === u)?.tabId;
      }, ferry),
    );
    await probe2.close();
    for (const [name, width, height] of [['popup', 340, 200], ['sidepanel', 420, 700]] as const) {
      const p = await openExtensionPage(s.browser, `${s.base}/${name}.html?tabId=${ferryTab}`);
      await p.setViewport({ width, height });
      await until(() => p.evaluate(() => document.body?.innerText.length > 20));
      await pause(1200);
      if (name === 'sidepanel' && !(await p.evaluate(openRatedItem))) console.warn(`firefox ${scheme}: no rated quote in the panel`);
      await pause(400);
      await shot(p, `${name}-rated`, { fullPage: true });
      await p.close();
    }
  } finally {
    await s.close();
  }
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The store listing: five 1280x800 screenshots (three cards on the page, the page with the side
 * panel docked, the page with the popup open) and the 440x280 promo tile. Chromium, light.
 */
async function storeImages(origin: string) {
  mkdirSync(STORE_OUT, { recursive: true });
  const written: [string, { width: number; height: number }][] = [];
  const save = (name: string, bytes: Buffer, size: { width: number; height: number }) => {
    writeFileSync(join(STORE_OUT, name), bytes);
    written.push([name, size]);
  };
  const s = await launchChromium({ colorScheme: 'light' });
  let pageShot: Buffer, panelShot: Buffer, popupShot: Buffer;
  try {
    const page = await s.context.newPage();
    await page.setViewportSize(STORE_SCREENSHOT);
    for (const [i, c] of CARDS.entries()) {
      const id = await openCard(page as unknown as ShotPage, `${origin}/${c.page}/`, c.needle, 'store');
      if (!id) throw new Error(`store: quote "${c.needle}" is not highlighted`);
      save(`store-${i + 1}-${c.name}.png`, await page.screenshot(), STORE_SCREENSHOT);
      await page.mouse.move(2, 2);
    }
    const url = `${origin}/founding-article/`;
    await page.goto(url);
    await page.waitForSelector('qtmark');
    await pause(800);
    const tabId = await chromiumTabId(s, url);
    await page.setViewportSize({ width: 860, height: STORE_SCREENSHOT.height });
    pageShot = await page.screenshot();
    const panel = await s.context.newPage();
    await panel.setViewportSize({ width: 420, height: STORE_SCREENSHOT.height });
    await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html?tabId=${tabId}`);
    await pause(1200);
    panelShot = await panel.screenshot();
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 340, height: 200 }); // the popup's body width (popup.css)
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    await pause(1200);
    popupShot = await popup.screenshot({ fullPage: true });
    await page.setViewportSize(STORE_SCREENSHOT);
    await pause(300);
    const wideShot = await page.screenshot();

    const r = await htmlRenderer();
    try {
      const frame = readFileSync(join(REPO, 'scripts/store/frame.html'), 'utf8');
      const img = (cls: string, png: Buffer) => `<img class="${cls}" src="${dataUrl(png, 'image/png')}" alt="">`;
      save('store-4-sidepanel.png', await r.render(fill(frame, { BODY: img('page', pageShot) + img('panel', panelShot) }), STORE_SCREENSHOT), STORE_SCREENSHOT);
      save('store-5-popup.png', await r.render(fill(frame, { BODY: img('page', wideShot) + img('popup', popupShot) }), STORE_SCREENSHOT), STORE_SCREENSHOT);
      const messages = JSON.parse(readFileSync(join(REPO, 'locales/en.json'), 'utf8')) as Record<string, { message: string }>;
      const tile = fill(readFileSync(join(REPO, 'scripts/store/promo-tile.html'), 'utf8'), {
        // The drawing itself (cropped to its square), not the padded 128 px store icon.
        ICON: dataUrl(Buffer.from(readFileSync(join(REPO, 'assets/icon.svg'), 'utf8').replace('viewBox="0 0 128 128"', 'viewBox="4 4 120 120"')), 'image/svg+xml'),
        NAME: escapeHtml(messages.extName.message),
        TAGLINE: 'Who really said it? Checks news quotes against the record, on your device.',
      });
      save('promo-tile-440x280.png', await r.render(tile, PROMO_TILE), PROMO_TILE);
    } finally {
      await r.close();
    }
  } finally {
    await s.close();
  }
  for (const [name, size] of written) expectPngSize(readFileSync(join(STORE_OUT, name)), size, name);
  console.log(`store images written to ${STORE_OUT}: ${written.map(([n, z]) => `${n} (${z.width}x${z.height})`).join(', ')}`);
}

async function main() {
  const args = process.argv.slice(2);
  const storeOnly = args.includes('--store');
  const only = args.find((a) => a === 'chromium' || a === 'firefox');
  mkdirSync(OUT, { recursive: true });
  const server = await serveFolder(PAGES);
  try {
    if (!storeOnly) {
      for (const scheme of ['light', 'dark'] as const) {
        if (only !== 'firefox') await chromiumShots(server.origin, scheme);
        if (only !== 'chromium') await firefoxShots(server.origin, scheme);
      }
      console.log(`screenshots written to ${OUT}`);
    }
    if (storeOnly || !only) await storeImages(server.origin);
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
