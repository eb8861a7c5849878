import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxCard } from './closed-card';
import type { DriverPage } from './hardening-page';
import { FIREFOX_BUILD, FIREFOX_UUID, GECKO_ID } from './paths';
import { askSettledInExtension, untilSettled, type SettledTab } from './settled';

export interface FirefoxSession {
  browser: Browser;
  base: string;
  close: () => Promise<void>;
}

/** Firefox ESR with the built extension installed as a temporary add-on, over WebDriver BiDi. */
export async function launchFirefox(
  opts: { colorScheme?: 'light' | 'dark'; prefs?: Record<string, unknown>; acceptInsecureCerts?: boolean; build?: string; siteAccess?: 'all' | 'none'; env?: Record<string, string> } = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    acceptInsecureCerts: opts.acceptInsecureCerts ?? false,
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': 'en-GB',
      'ui.systemUsesDarkTheme': opts.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1,
      // A headless Firefox cannot click the permission doorhanger: with this pref, the
      // extension's own permissions.request (still only from a click) grants what it asks for.
      'extensions.webextOptionalPermissionPrompts': false,
      ...opts.prefs,
    },
  });
  await browser.installExtension(opts.build ?? FIREFOX_BUILD);
  const session = { browser, base: `moz-extension://${FIREFOX_UUID}`, close: () => browser.close() };
  // The manifest holds no host access: the user gives it once, with the options page's button.
  if ((opts.siteAccess ?? 'all') === 'all') await grantAllSites(session);
  return session;
}

/** Clicks "Allow on all sites" in the options page and waits until the content script is registered. */
export async function grantAllSites(session: FirefoxSession): Promise<void> {
  const page = await openExtensionPage(session.browser, `${session.base}/options.html`);
  await until(() => page.$('[data-testid="grant-all-sites"]'));
  await page.click('[data-testid="grant-all-sites"]');
  await waitForRegistration(page, (m) => m.includes('http://*/*') && m.includes('https://*/*'));
  await page.close();
}

/** Waits, in an extension page, until the content script is registered with matches that pass `ok`. */
export async function waitForRegistration(page: Page, ok: (matches: string[]) => boolean): Promise<string[]> {
  let last: string[] = [];
  await until(async () => {
    last = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.scripting.getRegisteredContentScripts()).flatMap((s: { matches?: string[] }) => s.matches ?? []);
    });
    return ok(last);
  }).catch(() => {
    throw new Error(`content script registration never matched: ${JSON.stringify(last)}`);
  });
  return last;
}

/**
 * Opens an extension page. Puppeteer may never see a moz-extension:// navigation finish, so the
 * navigation is not awaited; callers wait for a selector instead.
 */
export async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url).catch(() => {});
  // goto is not awaited, so wait here until the extension's document has replaced about:blank:
  // a waitForSelector sent while that realm is being swapped fails in BiDi ("right-hand side of
  // 'in' should be an object, got null"), which made the first popup test flaky.
  const target = url.split(/[?#]/)[0];
  await until(() => page.evaluate((t) => location.href.startsWith(t) && document.readyState === 'complete', target));
  return page;
}

/** Poll until fn returns a truthy value (or time runs out). */
export async function until<T>(fn: () => Promise<T>, timeoutMs = 15_000, stepMs = 200): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`timed out${last ? `: ${String(last)}` : ''}`);
}

/**
 * Resolves once QuoteTrace has scanned `page` as it is now, asked from an extension page: one the
 * test has open, else privacy.html (static) opened for the question and closed after.
 */
export async function firefoxSettled(page: Page): Promise<SettledTab> {
  const url = await page.evaluate(() => location.href);
  const browser = page.browser();
  const open = (await browser.pages()).find((p) => p.url().startsWith(`moz-extension://${FIREFOX_UUID}/`));
  // Opening it once in a while never finishes (seen after the options page closed): one retry.
  const openProbe = () => openExtensionPage(browser, `moz-extension://${FIREFOX_UUID}/privacy.html`);
  const probe = open ?? (await openProbe().catch(openProbe));
  try {
    return await untilSettled((arg) => probe.evaluate(askSettledInExtension, arg), url);
  } finally {
    if (!open) {
      await probe.close();
      await page.bringToFront();
    }
  }
}

/** A page as the shared cases (hardening, attacks) drive it. */
export function firefoxPage(page: Page): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    hover: (s) => page.hover(s),
    close: () => page.close(),
    settled: () => firefoxSettled(page),
    cardText: async () => String(await firefoxCard(page, 'text')),
    cardLinks: async () => (await firefoxCard(page, 'links')) as string[],
    cardBox: async () => {
      const b = String(await firefoxCard(page, 'box'));
      return b ? (JSON.parse(b) as { x: number; y: number; width: number; height: number }) : null;
    },
    cardElements: async () => String(await firefoxCard(page, 'elements')),
    mouseTo: (x, y) => page.mouse.move(x, y),
    press: async (k) => {
      const [mod, key] = k.includes('+') ? k.split('+') : [null, k];
      if (mod) await page.keyboard.down(mod as never);
      await page.keyboard.press(key as never);
      if (mod) await page.keyboard.up(mod as never);
    },
  };
}
