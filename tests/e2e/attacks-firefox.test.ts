import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { defineAttackTests, type AttackDriver } from './support/attack-cases';
import { defineStorageAttackTests } from './support/storage-attack-cases';
import { firefoxPage, launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { GECKO_ID, PAGES } from './support/paths';

let session: FirefoxSession;
let server: StaticServer;
let ext: Page;

const driver = (): AttackDriver => ({
  runtimeId: GECKO_ID,
  open: async (path) => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}${path}`);
    return firefoxPage(page);
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
