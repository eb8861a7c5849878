import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { defineAttackTests, type AttackDriver } from './support/attack-cases';
import { defineStorageAttackTests } from './support/storage-attack-cases';
import { firefoxCard } from './support/closed-card';
import { launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { GECKO_ID, PAGES } from './support/paths';

let session: FirefoxSession;
let server: StaticServer;
let ext: Page;

const driver = (): AttackDriver => ({
  runtimeId: GECKO_ID,
  open: async (path) => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}${path}`);
    return {
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      hover: (s) => page.hover(s),
      close: () => page.close(),
      cardText: async () => String(await firefoxCard(page, 'text')),
      cardLinks: async () => (await firefoxCard(page, 'links')) as string[],
      mouseTo: (x, y) => page.mouse.move(x, y),
      press: async (k) => {
        const [mod, key] = k.includes('+') ? k.split('+') : [null, k];
        if (mod) await page.keyboard.down(mod as never);
        await page.keyboard.press(key as never);
        if (mod) await page.keyboard.up(mod as never);
      },
    };
  },
  inExtension: (fn, arg) => ext.evaluate(fn as never, arg) as never,
  openExtension: async (path) => {
    const p = await openExtensionPage(session.browser, `${session.base}/${path}`);
    await until(() => p.evaluate(() => document.readyState === 'complete' && !!document.querySelector('#app, main, body > *')));
    return {
      evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never,
      // In front first: in a background tab Firefox delays what a click waits for.
      click: async (s) => {
        await p.bringToFront();
        await p.click(s);
      },
      close: () => p.close(),
    };
  },
});

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchFirefox();
  ext = await openExtensionPage(session.browser, `${session.base}/popup.html`);
  await until(() => ext.evaluate(() => document.readyState === 'complete' && typeof (globalThis as { browser?: unknown }).browser === 'object'));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox: hostile pages (#12)', () => {
  defineAttackTests(driver);
  defineStorageAttackTests(driver);
});
