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
import { SURFACE_READY, surfaceLoaded } from '../tests/e2e/support/axe';
import { chromiumSettled, launchChromium, type ChromiumSession } from '../tests/e2e/support/chromium';
import { chromiumCard, firefoxCard } from '../tests/e2e/support/closed-card';
import { firefoxSettled, launchFirefox, openExtensionPage, until } from '../tests/e2e/support/firefox';
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
/** The demo articles' host in the store images. */
const STORE_HOST = 'dailyledger.example';
type Scheme = 'light' | 'dark';
type Box = { x: number; y: number; width: number; height: number };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** In the page: the id of the first quote whose text contains `needle`. */
const markId = (needle: string) =>
  [...document.querySelectorAll('qtmark')].find((m) => m.textContent?.includes(needle))?.getAttribute('data-quotetrace-id') ?? null;

/** How far down the viewport the hovered quote sits: the card opens below it with room for all of it (800 px store shots too). */
const QUOTE_TOP_PX = 180;

/** In the page: scroll the quote to `top` px from the viewport's top, so the card has room below it. */
const placeQuote = ({ id, top }: { id: string; top: number }) => {
  const el = document.querySelector(`qtmark[data-quotetrace-id="${id}"]`);
  if (!el) return;
  // A quote near the end of a short demo page could not scroll up that far: room below the page.
  document.documentElement.style.paddingBottom = `${window.innerHeight}px`;
  window.scrollBy(0, el.getBoundingClientRect().top - top);
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

/** What both Playwright's and Puppeteer's pages can do, for the shared steps. */
interface ShotPage {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  mouse: { move(x: number, y: number): Promise<void> };
}

/** One browser as the shared steps drive it: Chromium through Playwright, Firefox through Puppeteer. */
interface ShotBrowser {
  label: string;
  /** The tab that shows the demo articles. */
  page: ShotPage;
  /** Puppeteer clips in page coordinates, Playwright in the viewport's. */
  pageCoords: boolean;
  /** The open card's box, read through its closed shadow root. */
  cardBox(): Promise<unknown>;
  /** Waits until the content script has scanned the article tab; its tab id. */
  scanned(): Promise<number>;
  /** An extension page (popup.html?tabId=3) at a viewport size. */
  openExtension(path: string, size: { width: number; height: number }): Promise<ShotPage & { close(): Promise<void> }>;
  upload(page: ShotPage, selector: string, file: string): Promise<void>;
  shot(page: ShotPage, name: string, opts?: { clip?: Box; fullPage?: boolean }): Promise<unknown>;
}

/** Opens the page, hovers the quote and waits for its card; the quote's id, or null if not highlighted. */
async function openCard(b: Pick<ShotBrowser, 'page' | 'scanned' | 'cardBox'>, url: string, needle: string, label: string): Promise<string | null> {
  await b.page.goto(url);
  await b.scanned();
  const id = await b.page.evaluate(markId, needle);
  if (!id) {
    console.warn(`${label}: no highlighted quote "${needle}"`);
    return null;
  }
  await b.page.evaluate(placeQuote, { id, top: QUOTE_TOP_PX });
  await b.page.hover(`qtmark[data-quotetrace-id="${id}"]`);
  await until(async () => Boolean(await b.cardBox()));
  await pause(300); // the card's fade-in
  return id;
}

/** Closes the card (mouse away) and waits until it is gone. */
async function closeCard(b: ShotBrowser) {
  await b.page.mouse.move(2, 2);
  await until(async () => !(await b.cardBox()));
}

/**
 * The area around the quote and its card. The card's shadow root is closed to the page (#12);
 * `cardBox` reads its box through the automation protocol. Viewport coordinates.
 */
async function cardClip(b: ShotBrowser, id: string): Promise<Box> {
  const m = await b.page.evaluate(markBox, id);
  const raw = await b.cardBox();
  const card = typeof raw === 'string' && raw ? (JSON.parse(raw) as Box) : null;
  if (!card) throw new Error(`no card open for quote ${id}`);
  const top = Math.max(0, Math.min(m.y, card.y) - 24);
  const bottom = Math.min(m.vh, Math.max(m.y + m.height, card.y + card.height) + 24);
  const right = Math.min(m.vw, Math.max(1000, card.x + card.width + 24));
  return { x: 0, y: top + (b.pageCoords ? m.scrollY : 0), width: right, height: bottom - top };
}

/** Opens a surface for the tab, waits until it shows what it reads, and shoots it. */
async function shootSurface(b: ShotBrowser, name: 'popup' | 'sidepanel' | 'options', tabId: number, size: { width: number; height: number }, shotName: string, before?: () => Promise<void>) {
  const p = await b.openExtension(`${name}.html?tabId=${tabId}`, size);
  await until(() => p.evaluate(surfaceLoaded, SURFACE_READY[name]));
  if (name === 'sidepanel' && shotName.endsWith('-rated') && !(await p.evaluate(openRatedItem, undefined))) console.warn(`${b.label}: no rated quote in the panel`);
  await before?.();
  await pause(400); // paint
  await b.shot(p, shotName, { fullPage: name !== 'sidepanel' || shotName.endsWith('-rated') });
  await p.close();
}

/** Every README screenshot of one browser and scheme, the same steps in both browsers. */
async function shootBrowser(b: ShotBrowser, origin: string) {
  for (const c of CARDS) {
    if (c.name === 'card-verified') {
      await b.page.goto(`${origin}/${c.page}/`);
      await b.scanned();
      await b.shot(b.page, 'page');
    }
    const id = await openCard(b, `${origin}/${c.page}/`, c.needle, b.label);
    if (!id) continue;
    await b.shot(b.page, c.name, { clip: await cardClip(b, id) });
    await closeCard(b);
  }

  await b.page.goto(`${origin}/founding-article/`);
  const tabId = await b.scanned();
  await shootSurface(b, 'popup', tabId, { width: 340, height: 200 }, 'popup');
  await shootSurface(b, 'sidepanel', tabId, { width: 420, height: 900 }, 'sidepanel');
  await shootSurface(b, 'options', tabId, { width: 1000, height: 1100 }, 'options');

  const panel = await b.openExtension(`sidepanel.html?tabId=${tabId}`, { width: 420, height: 900 });
  await panel.waitForSelector('[data-testid="view-search"]');
  await panel.click('[data-testid="view-search"]');
  await panel.type('[data-testid="search-input"]', MISSPELT_SEARCH);
  await panel.waitForSelector('[data-testid="search-results"]');
  await pause(500); // results follow the typing (debounced)
  await b.shot(panel, 'sidepanel-search');
  await panel.click('[data-testid="view-selection"]');
  await panel.type('[data-testid="check-text"]', 'So there can be nobody who thinks that they will be exempt from those sanctions');
  await panel.click('[data-testid="check-submit"]');
  await panel.waitForSelector('[data-testid="selection-check"]');
  await pause(400);
  await b.shot(panel, 'sidepanel-selection');
  await panel.close();

  const options = await b.openExtension('options.html', { width: 1000, height: 1100 });
  for (const f of RATED_FILES) {
    await options.waitForSelector('[data-testid="import-file"]');
    await b.upload(options, '[data-testid="import-file"]', join(IMPORTS, f));
    await until(() => options.evaluate((name) => (document.querySelector<HTMLElement>('[data-testid="import-status"]')?.innerText ?? '').includes(name) || null, f));
  }
  await options.close();
  await b.page.goto(`${origin}/ferry-news/`);
  const ferryTab = await b.scanned();
  await shootSurface(b, 'popup', ferryTab, { width: 340, height: 200 }, 'popup-rated');
  await shootSurface(b, 'sidepanel', ferryTab, { width: 420, height: 700 }, 'sidepanel-rated');
}

/** Playwright's page as the shared steps use it. */
const pwShotPage = (p: PwPage): ShotPage & { close(): Promise<void> } => p as unknown as ShotPage & { close(): Promise<void> };

function chromiumBrowser(s: ChromiumSession, page: PwPage, label: string, file: (name: string) => string): ShotBrowser {
  return {
    label,
    page: pwShotPage(page),
    pageCoords: false,
    cardBox: () => chromiumCard(page, 'box'),
    scanned: async () => (await chromiumSettled(page)).tabId,
    openExtension: async (path, size) => {
      const p = await s.context.newPage();
      await p.setViewportSize(size);
      await p.goto(`chrome-extension://${s.extensionId}/${path}`);
      return pwShotPage(p);
    },
    upload: (p, selector, f) => (p as unknown as PwPage).setInputFiles(selector, f),
    shot: (p, name, opts = {}) => (p as unknown as PwPage).screenshot({ ...opts, path: file(name) }),
  };
}

async function chromiumShots(origin: string, scheme: Scheme) {
  const s = await launchChromium({ colorScheme: scheme });
  try {
    const page = await s.context.newPage();
    await shootBrowser(chromiumBrowser(s, page, `chromium ${scheme}`, (n) => join(OUT, `chromium-${scheme}-${n}.png`)), origin);
  } finally {
    await s.close();
  }
}

async function firefoxShots(origin: string, scheme: Scheme) {
  const s = await launchFirefox({ colorScheme: scheme });
  try {
    const page = await s.browser.newPage();
    const asShot = (p: PpPage) => p as unknown as ShotPage & { close(): Promise<void> };
    await shootBrowser(
      {
        label: `firefox ${scheme}`,
        page: asShot(page),
        pageCoords: true,
        cardBox: () => firefoxCard(page, 'box'),
        scanned: async () => (await firefoxSettled(page)).tabId,
        openExtension: async (path, size) => {
          const p = await openExtensionPage(s.browser, `${s.base}/${path}`);
          await p.setViewport(size);
          return asShot(p);
        },
        upload: async (p, selector, f) => {
          const input = await (p as unknown as PpPage).waitForSelector(selector);
          await (input as unknown as { uploadFile: (p: string) => Promise<void> }).uploadFile(f);
        },
        shot: (p, name, opts = {}) => (p as unknown as PpPage).screenshot({ ...opts, path: join(OUT, `firefox-${scheme}-${name}.png`) as `${string}.png` }),
      },
      origin,
    );
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
  // A news site's name, not 127.0.0.1, where the popup names the site (the fixtures are served locally).
  const local = new URL(origin);
  const s = await launchChromium({ colorScheme: 'light', args: [`--host-resolver-rules=MAP ${STORE_HOST} ${local.hostname}`] });
  origin = `http://${STORE_HOST}:${local.port}`;
  let pageShot: Buffer, panelShot: Buffer, popupShot: Buffer;
  try {
    const page = await s.context.newPage();
    await page.setViewportSize(STORE_SCREENSHOT);
    const b = chromiumBrowser(s, page, 'store', (n) => join(STORE_OUT, n));
    for (const [i, c] of CARDS.entries()) {
      const id = await openCard(b, `${origin}/${c.page}/`, c.needle, 'store');
      if (!id) throw new Error(`store: quote "${c.needle}" is not highlighted`);
      save(`store-${i + 1}-${c.name}.png`, await page.screenshot(), STORE_SCREENSHOT);
      await closeCard(b);
    }
    await page.goto(`${origin}/founding-article/`);
    const tabId = await b.scanned();
    await page.setViewportSize({ width: 860, height: STORE_SCREENSHOT.height });
    pageShot = await page.screenshot();
    const surface = async (name: 'sidepanel' | 'popup', size: { width: number; height: number }, fullPage: boolean) => {
      const p = (await b.openExtension(`${name}.html?tabId=${tabId}`, size)) as unknown as PwPage;
      await p.waitForFunction(surfaceLoaded, SURFACE_READY[name]);
      await pause(400); // paint
      const png = await p.screenshot({ fullPage });
      await p.close();
      return png;
    };
    panelShot = await surface('sidepanel', { width: 420, height: STORE_SCREENSHOT.height }, false);
    popupShot = await surface('popup', { width: 340, height: 200 }, true); // the popup's body width (popup.css)
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
