import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchChromium, waitForRegistration, type ChromiumSession } from './support/chromium';

/**
 * An update from a version before #12: its settings sit in storage.sync and its manifest held
 * every site. A reload from chrome://extensions restarts the extension on that old state, as
 * an update does (a new service worker, the background's start-up and onInstalled run again).
 */
let session: ChromiumSession;
let worker: Worker;

const OLD = {
  siteMode: 'allowlist',
  // As many rules as the old 8 KB storage.sync item could hold.
  allowedSites: ['127.0.0.1', ...Array.from({ length: 219 }, (_, i) => `site-${i}.example.org`)],
  disabledSites: ['www.news.example'],
  highlightStyle: 'underline',
  strictness: 'strict',
};

/**
 * Reloads the extension from chrome://extensions, as its reload button does, and returns the new
 * service worker. An extension loaded from the command line comes back disabled: it is enabled again.
 */
async function reloadExtension(s: ChromiumSession, old: Worker): Promise<Worker> {
  const page = await s.context.newPage();
  await page.goto('chrome://extensions');
  type Dev = { developerPrivate: { reload: (id: string, o: object) => Promise<void> }; management: { setEnabled: (id: string, on: boolean) => Promise<void> } };
  await page.evaluate((id) => (chrome as unknown as Dev).developerPrivate.reload(id, { failQuietly: false }), s.extensionId);
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    await page.evaluate((id) => (chrome as unknown as Dev).management.setEnabled(id, true), s.extensionId).catch(() => undefined);
    const w = s.context.serviceWorkers().find((x) => x !== old && x.url().startsWith(`chrome-extension://${s.extensionId}/`));
    if (w) {
      await page.close();
      return w;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the service worker did not come back after the reload');
}

beforeAll(async () => {
  // The old version's state: every site granted (and the script registered for all of them) ...
  session = await launchChromium({ siteAccess: 'all' });
  const old = session.worker;
  // ... and its settings in storage.sync only.
  await old.evaluate(async (settings) => {
    await chrome.storage.local.remove(['settings', 'settings$']);
    await chrome.storage.sync.set({ settings, settings$: { v: 1 } });
  }, OLD);
  // The test is only worth something if the old grant was really there.
  expect(await old.evaluate(() => chrome.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }))).toBe(true);
  worker = await reloadExtension(session, old);
});

afterAll(async () => {
  await session?.close();
});

describe('Chromium: an update from settings in storage.sync', () => {
  test('every setting and all 220 site rules are in storage.local, and the old copy is gone', async () => {
    let local: unknown;
    const end = Date.now() + 15_000;
    while (Date.now() < end && !local) {
      local = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);
      if (!local) await new Promise((r) => setTimeout(r, 150));
    }
    expect(local).toEqual(OLD);
    expect(await worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null)).toBeNull();
  });

  test('"only the sites I allow" holds: the all-sites grant of the old version is given back, nothing is registered', async () => {
    const all = () => worker.evaluate(() => chrome.permissions.contains({ origins: ['https://*/*'] }));
    const end = Date.now() + 15_000;
    while (Date.now() < end && (await all())) await new Promise((r) => setTimeout(r, 150));
    expect(await all()).toBe(false);
    expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['http://*/*'] }))).toBe(false);
    expect(await waitForRegistration(worker, (m) => m.length === 0)).toEqual([]);
    expect((await worker.evaluate(() => chrome.permissions.getAll())).origins ?? []).toEqual([]);
  });
});
