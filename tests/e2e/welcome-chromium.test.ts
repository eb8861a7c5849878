import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { grantOrigin, launchChromium, type ChromiumSession } from './support/chromium';
import { PAGES } from './support/paths';
import { defineWelcomeTests, type WelcomePage } from './support/welcome-cases';

let session: ChromiumSession;
let pages: StaticServer;
let welcome: Page;

/** The tab the extension opened on install: looked for, never opened by the test. */
async function installedWelcome(s: ChromiumSession): Promise<Page> {
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    const p = s.context.pages().find((x) => x.url() === `chrome-extension://${s.extensionId}/welcome.html`);
    if (p) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no welcome tab after install: ${s.context.pages().map((p) => p.url()).join(', ')}`);
}

beforeAll(async () => {
  pages = await serveFolder(PAGES);
  session = await launchChromium({ siteAccess: 'none' });
  welcome = await installedWelcome(session);
  await welcome.getByTestId('welcome-choose-all').waitFor();
});

afterAll(async () => {
  await session?.close();
  await pages?.close();
});

const welcomePage: WelcomePage = {
  evaluate: (fn, arg) => welcome.evaluate(fn as never, arg) as never,
  click: (s) => welcome.click(s),
  type: (s, text) => welcome.fill(s, text),
  screenshot: async (path) => void (await welcome.screenshot({ path, fullPage: true })),
};

describe('Chromium: the welcome page chooses the permission boundary', () => {
  defineWelcomeTests({
    name: 'chromium',
    welcome: () => welcomePage,
    open: async (url) => {
      const page = await session.context.newPage();
      await page.goto(url);
      return { evaluate: (fn) => page.evaluate(fn), reload: async () => void (await page.reload()), close: () => page.close() };
    },
    approve: async (patterns) => {
      for (const p of patterns) await grantOrigin(session, p);
    },
    pagesOrigin: () => pages.origin,
    withdrawHint: /Site access/,
  });
});
