import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { defineAttackTests, type AttackDriver } from './support/attack-cases';
import { defineStorageAttackTests } from './support/storage-attack-cases';
import { chromiumPage, launchChromium, type ChromiumSession } from './support/chromium';
import { PAGES } from './support/paths';

let session: ChromiumSession;
let server: StaticServer;
let ext: Page;

const driver = (): AttackDriver => ({
  runtimeId: session.extensionId,
  open: async (path) => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}${path}`);
    return chromiumPage(page);
  },
  inExtension: (fn, arg) => ext.evaluate(fn as never, arg) as never,
  openExtension: async (path) => {
    const p = await session.context.newPage();
    await p.goto(`chrome-extension://${session.extensionId}/${path}`);
    return { evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never, click: (s) => p.click(s), close: () => p.close() };
  },
});

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchChromium();
  ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium: hostile pages (#12)', () => {
  defineAttackTests(driver);
  defineStorageAttackTests(driver);
});
