import { afterAll, beforeAll } from 'vitest';
import { dirname } from 'node:path';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { chromiumPage, launchChromium, type ChromiumSession } from './support/chromium';
import { defineRealshapesTests, REALSHAPES } from './support/realshapes-cases';
import { until } from './support/firefox';

let server: StaticServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await serveFolder(dirname(REALSHAPES));
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** A fixture's missing image (or the browser's own /favicon.ico) is not an error QuoteTrace caused. */
const ownNoise = (text: string) => text.startsWith('Failed to load resource');

defineRealshapesTests('Chromium', () => ({
  browser: 'chromium',
  open: async (path) => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => void errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !ownNoise(m.text())) errors.push(`console: ${m.text()}`);
    });
    const url = `${server.origin}${path}`;
    await page.goto(url);
    return { page: chromiumPage(page), errors, url };
  },
  scanned: async (url) => {
    await until(() =>
      session.worker.evaluate(async (u) => {
        const all = (await chrome.storage.session.get(null)) as Record<string, { url: string } | null>;
        return Object.values(all).some((r) => r?.url === u);
      }, url),
    30_000);
  },
}));
