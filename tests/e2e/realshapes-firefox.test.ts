import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { dirname } from 'node:path';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { firefoxPage, launchFirefox, openExtensionPage, until, type FirefoxSession } from './support/firefox';
import { defineRealshapesTests, REALSHAPES } from './support/realshapes-cases';

let server: StaticServer;
let session: FirefoxSession;
/** An extension page of ours, to read where the extension keeps per-tab results. */
let ext: Page;

beforeAll(async () => {
  server = await serveFolder(dirname(REALSHAPES));
  session = await launchFirefox();
  ext = await openExtensionPage(session.browser, `${session.base}/popup.html`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** A fixture's missing image (or the browser's own /favicon.ico) is not an error QuoteTrace caused. */
const ownNoise = (text: string) => /favicon\.ico|Failed to load resource/.test(text);

defineRealshapesTests('Firefox', () => ({
  browser: 'firefox',
  open: async (path) => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => void errors.push(`pageerror: ${(e as Error).message ?? String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !ownNoise(m.text())) errors.push(`console: ${m.text()}`);
    });
    const url = `${server.origin}${path}`;
    await page.goto(url);
    return { page: firefoxPage(page), errors, url };
  },
  scanned: async (url) => {
    await until(
      () =>
        ext.evaluate(async (u) => {
          // @ts-expect-error the WebExtension global in Firefox
          const all = (await browser.storage.session.get(null)) as Record<string, { url: string } | null>;
          return Object.values(all).some((r) => r?.url === u);
        }, url),
      30_000,
    );
  },
}));
