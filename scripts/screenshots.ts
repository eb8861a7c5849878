/**
 * npm run screenshots: the demo pages with highlights, an open hover card (verified, altered and
 * misattributed), the popup, the side panel and the options page, in Chromium and Firefox, light
 * and dark. Written to screenshots/ (not committed); the README's come from there.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium } from '../tests/e2e/support/chromium';
import { launchFirefox, openExtensionPage, until } from '../tests/e2e/support/firefox';
import { PAGES } from '../tests/e2e/support/paths';
import { serveFolder } from './lib/serve';

const OUT = resolve(import.meta.dirname, '../screenshots');
type Scheme = 'light' | 'dark';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** In the page: the id of the first quote whose text contains `needle`. */
const markId = (needle: string) =>
  [...document.querySelectorAll('qtmark')].find((m) => m.textContent?.includes(needle))?.getAttribute('data-quotetrace-id') ?? null;

/** In the page: scroll the quote to a third of the way down, so the card has room below it. */
const placeQuote = (id: string) => {
  const el = document.querySelector(`qtmark[data-quotetrace-id="${id}"]`);
  if (el) window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight / 3);
};

/** The area around the quote and its card, for a tight screenshot. */
const cardClip = (id: string) => {
  const mark = document.querySelector(`qtmark[data-quotetrace-id="${id}"]`)!.getBoundingClientRect();
  // The card's shadow root is closed (#12): its host is a zero-size box; take the area beside the mark.
  const card = { left: mark.left, top: mark.bottom, right: mark.right + 380, bottom: mark.bottom + 320 };
  const top = Math.max(0, Math.min(mark.top, card.top) - 24);
  const bottom = Math.min(window.innerHeight, Math.max(mark.bottom, card.bottom) + 24);
  return { x: 0, y: top, width: Math.min(window.innerWidth, 1000), height: bottom - top };
};

const CARDS = [
  { page: 'founding-article', needle: 'We have no plans', name: 'card-verified' },
  { page: 'altered-quotes', needle: 'exempt from those sanctions', name: 'card-altered' },
  { page: 'altered-quotes', needle: 'facts on the ground', name: 'card-misattributed' },
];

/** What both Playwright's and Puppeteer's pages can do, for the shared card loop. */
interface ShotPage {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  hover(selector: string): Promise<void>;
  mouse: { move(x: number, y: number): Promise<void> };
}
type Clip = { x: number; y: number; width: number; height: number };

/**
 * The demo page and an open card for each CARDS entry. `pageCoords`: Puppeteer clips in page
 * coordinates, Playwright in the viewport's.
 */
async function shootCards(page: ShotPage, origin: string, label: string, pageCoords: boolean, shot: (name: string, clip?: Clip) => Promise<unknown>) {
  for (const c of CARDS) {
    await page.goto(`${origin}/${c.page}/`);
    await page.waitForSelector('qtmark', { timeout: 30_000 });
    await pause(500);
    if (c.name === 'card-verified') await shot('page');
    const id = await page.evaluate(markId, c.needle);
    if (!id) {
      console.warn(`${label}: no highlighted quote "${c.needle}"`);
      continue;
    }
    await page.evaluate(placeQuote, id);
    await page.hover(`qtmark[data-quotetrace-id="${id}"]`);
    await new Promise((r) => setTimeout(r, 800)); // hover intent (150 ms) and first paint of the closed card
    await pause(300);
    const clip = await page.evaluate(cardClip, id);
    const scrollY = pageCoords ? await page.evaluate(() => window.scrollY, null) : 0;
    await shot(c.name, { ...clip, y: clip.y + scrollY });
    await page.mouse.move(2, 2);
    await pause(400);
  }
}

async function chromiumShots(origin: string, scheme: Scheme) {
  const s = await launchChromium({ colorScheme: scheme });
  const shot = (p: PwPage, name: string, opts: Parameters<PwPage['screenshot']>[0] = {}) =>
    p.screenshot({ ...opts, path: join(OUT, `chromium-${scheme}-${name}.png`) });
  try {
    const page = await s.context.newPage();
    await shootCards(page as unknown as ShotPage, origin, `chromium ${scheme}`, false, (name, clip) => shot(page, name, clip ? { clip } : {}));
    await page.goto(`${origin}/founding-article/`);
    await page.waitForSelector('qtmark');
    await pause(800);
    const all = (await s.worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, { tabId: number; url: string } | null>;
    const tabId = Object.values(all).find((r) => r?.url === `${origin}/founding-article/`)?.tabId;
    const surfaces: [string, number, number][] = [
      ['popup', 360, 200],
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
    await panel.getByTestId('view-selection').click();
    await panel.getByTestId('check-text').fill('So there can be nobody who thinks that they will be exempt from those sanctions');
    await panel.getByTestId('check-submit').click();
    await panel.getByTestId('selection-check').waitFor();
    await pause(800);
    await shot(panel, 'sidepanel-selection');
    await panel.close();
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
    await shootCards(page as unknown as ShotPage, origin, `firefox ${scheme}`, true, (name, clip) => shot(page, name, clip ? { clip } : {}));
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
      ['popup', 360, 200],
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
  } finally {
    await s.close();
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveFolder(PAGES);
  const only = process.argv[2];
  try {
    for (const scheme of ['light', 'dark'] as const) {
      if (only !== 'firefox') await chromiumShots(server.origin, scheme);
      if (only !== 'chromium') await firefoxShots(server.origin, scheme);
    }
  } finally {
    await server.close();
  }
  console.log(`screenshots written to ${OUT}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
