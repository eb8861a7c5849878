import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Request, type Worker } from 'playwright-core';
import { chromiumCard } from './closed-card';
import type { DriverPage } from './hardening-page';
import { CHROME_BUILD } from './paths';
import { askSettledInExtension, untilSettled, type SettledTab } from './settled';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request made from an extension context (service worker, extension pages). */
  extensionRequests: string[];
  close: () => Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded, headless, in a fresh profile; or in `profile`
 * (kept on close) to test what survives a browser restart.
 */
export async function launchChromium(
  opts: { colorScheme?: 'light' | 'dark'; profile?: string; args?: string[]; siteAccess?: 'all' | 'none' } = {},
): Promise<ChromiumSession> {
  const profile = opts.profile ?? (await mkdtemp(join(tmpdir(), 'qt-chromium-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-GB',
      ...(opts.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionRequests: string[] = [];
  context.on('request', (req) => {
    const worker = req.serviceWorker();
    // A new tab's first navigation comes before its frame exists, and frame() throws on it. It is
    // a tab opening (the welcome page, a test's own page), never a fetch by the extension.
    const from = worker ? worker.url() : frameOf(req)?.url();
    if (from === undefined) return;
    if (from.startsWith('chrome-extension://') && !req.url().startsWith('chrome-extension://')) extensionRequests.push(req.url());
  });
  const session: ChromiumSession = {
    context,
    worker,
    extensionId,
    extensionRequests,
    close: async () => {
      await context.close();
      if (!opts.profile) await rm(profile, { recursive: true, force: true });
    },
  };
  // The manifest holds no host access: a user gives it once, with "Allow on all sites".
  if ((opts.siteAccess ?? 'all') === 'all') await grantAllSites(session);
  return session;
}

/**
 * Clicks "Allow on all sites" in the options page, as a user does, and waits until the content
 * script is registered. A headless Chromium shows no prompt to click: the origins are first
 * approved the way chrome://extensions approves them, so the extension's own request is answered
 * yes (without that approval it never settles).
 */
export async function grantAllSites(session: ChromiumSession): Promise<void> {
  const all = (m: string[]) => m.includes('http://*/*') && m.includes('https://*/*');
  // A profile used before (a browser restart) keeps its grant and its registration.
  if (await session.worker.evaluate(() => chrome.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }))) {
    await waitForRegistration(session.worker, all);
    return;
  }
  for (const p of ['http://*/*', 'https://*/*']) await grantOrigin(session, p);
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByTestId('grant-all-sites').click();
  await waitForRegistration(session.worker, (m) => m.includes('http://*/*') && m.includes('https://*/*'));
  await page.close();
}

/** Waits until the content script is registered with matches that pass `ok` ([] when none). */
export async function waitForRegistration(worker: Worker, ok: (matches: string[]) => boolean, timeoutMs = 10_000): Promise<string[]> {
  const end = Date.now() + timeoutMs;
  let last: string[] = [];
  while (Date.now() < end) {
    last = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s: { matches?: string[] }) => s.matches ?? []));
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`content script registration never matched: ${JSON.stringify(last)}`);
}

/**
 * The id of the tab showing `url`. The extension has no "tabs" permission (it cannot read tab
 * URLs), so the test finds it where the extension keeps per-tab results. The background stores
 * them after it has answered the page (the write is not awaited), so a scanned page's results
 * may land a moment later on a loaded machine: asked until they are there.
 */
export async function tabIdFor(worker: Worker, url: string, timeoutMs = 15_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const id = await worker.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { tabId: number; url: string } | null>;
      return Object.values(all).find((r) => r?.url === u)?.tabId ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no results stored for ${url}`);
}

/**
 * Grants the extension one origin the way a user can on chrome://extensions (Site access → On
 * specific sites). A headless browser cannot click the permission prompt; once granted this way,
 * the extension's own permissions.request resolves true without one, as after a real "Allow".
 */
export async function grantOrigin(session: ChromiumSession, pattern: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, p]) => (chrome as unknown as { developerPrivate: { addHostPermission: (id: string, host: string) => Promise<void> } }).developerPrivate.addHostPermission(id, p),
    [session.extensionId, pattern] as const,
  );
  await page.close();
}

/** The extension's service worker in this browser (started again if Chromium stopped it). */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
}

/** Resolves once QuoteTrace has scanned `page` as it is now (asked from the service worker). */
export async function chromiumSettled(page: Page): Promise<SettledTab> {
  const url = await page.evaluate(() => location.href);
  return untilSettled(async (arg) => (await extensionWorker(page.context())).evaluate(askSettledInExtension, arg), url);
}

/** A page as the shared cases (hardening, attacks) drive it. */
export function chromiumPage(page: Page): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    hover: (s) => page.hover(s),
    close: () => page.close(),
    settled: () => chromiumSettled(page),
    cardText: async () => String(await chromiumCard(page, 'text')),
    cardLinks: async () => (await chromiumCard(page, 'links')) as string[],
    cardBox: async () => {
      const b = String(await chromiumCard(page, 'box'));
      return b ? (JSON.parse(b) as { x: number; y: number; width: number; height: number }) : null;
    },
    cardElements: async () => String(await chromiumCard(page, 'elements')),
    mouseTo: (x, y) => page.mouse.move(x, y),
    press: (k) => page.keyboard.press(k),
  };
}

/** The frame a request came from, or undefined when it was issued before that frame existed. */
function frameOf(req: Request): Frame | undefined {
  try {
    return req.frame();
  } catch {
    return undefined;
  }
}
