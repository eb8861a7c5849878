import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { grantedOrigins, testIdText, until } from './poll';
import { REPO } from './paths';
import type { ExtensionPage, WebPage } from './site-access-cases';

/**
 * The welcome page a new install opens (#12's permission boundary, chosen up front), the same steps
 * in every browser, from a fresh install that holds no host access. The page server answers on
 * 127.0.0.1 (the site the user allows) and on localhost (one they do not).
 */
export interface WelcomeDriver {
  /** The tab the install opened by itself (the test opens none). */
  welcome: () => WelcomePage;
  open: (url: string) => Promise<WebPage>;
  /** Makes the browser answer yes to the extension's next request for these patterns. */
  approve: (patterns: string[]) => Promise<void>;
  pagesOrigin: () => string;
  /** What the page says about withdrawing access in this browser's own menus. */
  withdrawHint: RegExp;
  name: string;
}

export interface WelcomePage extends ExtensionPage {
  screenshot: (path: string) => Promise<void>;
}

type Api = typeof chrome;

const registrations = (p: ExtensionPage) =>
  p.evaluate(
    async () => (await ((globalThis as unknown as { browser?: Api }).browser ?? chrome).scripting.getRegisteredContentScripts()).map((s: { id: string; matches?: string[] }) => ({ id: s.id, matches: [...(s.matches ?? [])].sort() })),
    null,
  );
const settings = (p: ExtensionPage) =>
  p.evaluate(async () => ((await ((globalThis as unknown as { browser?: Api }).browser ?? chrome).storage.local.get('settings')).settings ?? null) as { siteMode: string; allowedSites: string[] } | null, null);
/** What the installed manifest asks for: the boundary must hold in the manifest, not only at run time. */
const manifest = (p: ExtensionPage) =>
  p.evaluate(() => {
    const m = ((globalThis as unknown as { browser?: Api }).browser ?? chrome).runtime.getManifest() as unknown as Record<string, unknown>;
    return { permissions: (m.permissions ?? []) as string[], host: (m.host_permissions ?? []) as string[], contentScripts: (m.content_scripts ?? []) as unknown[], optional: [...((m.optional_host_permissions ?? m.optional_permissions ?? []) as string[])].sort() };
  }, null);

const injected = () => document.querySelectorAll('qtmark, [data-quotetrace-ui], style[data-quotetrace-ui]').length;
const marks = () => document.querySelectorAll('qtmark').length;
const settle = (ms = 1_500) => new Promise((r) => setTimeout(r, ms));
const SITE = ['http://127.0.0.1/*', 'https://127.0.0.1/*'];
const ALL = ['http://*/*', 'https://*/*'];

function shot(name: string): string {
  const dir = resolve(REPO, 'screenshots/welcome');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, `${name}.png`);
}

export function defineWelcomeTests(d: WelcomeDriver) {
  const allowed = () => `${d.pagesOrigin()}/feed-article/`;
  const notAllowed = () => allowed().replace('//127.0.0.1:', '//localhost:');
  let open: WebPage;

  test('the install opens the welcome page by itself: both choices explained, nothing granted, nothing registered', async () => {
    const w = d.welcome();
    expect(await until(() => testIdText(w, 'welcome-all'))).toMatch(/every website/);
    expect(await testIdText(w, 'welcome-allowlist')).toMatch(/no access to any website now/);
    expect(await testIdText(w, 'welcome-withdraw')).toMatch(d.withdrawHint);
    expect(await testIdText(w, 'welcome-status')).toBe('');
    expect(await grantedOrigins(w)).toEqual([]);
    expect(await registrations(w)).toEqual([]);
    // The manifest itself holds no site: everything is optional, asked for at run time.
    const m = await manifest(w);
    expect(m.host).toEqual([]);
    expect(m.contentScripts).toEqual([]);
    expect(m.permissions.filter((p) => p.includes('/') || p === '<all_urls>')).toEqual([]);
    expect(m.optional).toEqual(ALL);
    await w.screenshot(shot(`welcome-${d.name}-fresh`));
  });

  test('"only the sites I allow" is chosen without asking for any site, and shown as chosen', async () => {
    const w = d.welcome();
    await w.click('[data-testid="welcome-choose-allowlist"]');
    await until(async () => (await settings(w))?.siteMode === 'allowlist');
    expect(await until(() => testIdText(w, 'welcome-status'))).toMatch(/only on the sites you allow/);
    expect(await testIdText(w, 'welcome-allowlist')).toMatch(/Your choice/);
    expect(await grantedOrigins(w)).toEqual([]);
    expect(await registrations(w)).toEqual([]);
  });

  test('a site added there is asked for alone; the script is registered at run time for it and nowhere else', async () => {
    const w = d.welcome();
    await d.approve(SITE);
    await w.type('[data-testid="sites-allowed-input"]', '127.0.0.1');
    await w.click('[data-testid="sites-allowed"] button[type="submit"]');
    await until(async () => (await settings(w))?.allowedSites.includes('127.0.0.1'));
    await until(async () => JSON.stringify(await registrations(w)) === JSON.stringify([{ id: 'quotetrace-content', matches: SITE }]));
    expect(await grantedOrigins(w)).toEqual(SITE);
    expect((await manifest(w)).contentScripts).toEqual([]);
    open = await d.open(allowed());
    await until(async () => (await open.evaluate(marks)) >= 2);
    const other = await d.open(notAllowed());
    await settle();
    expect(await other.evaluate(() => document.body.textContent?.length ?? 0)).toBeGreaterThan(100);
    expect(await other.evaluate(injected)).toBe(0);
    await other.close();
    await w.screenshot(shot(`welcome-${d.name}-allowlist`));
  });

  test('access withdrawn in the browser: the welcome page names the site at once, one click gives it back', async () => {
    const w = d.welcome();
    await w.evaluate((p) => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).permissions.remove({ origins: p }), SITE);
    await until(async () => (await registrations(w)).length === 0);
    expect(await until(() => testIdText(w, 'access-missing'))).toContain('127.0.0.1');
    await d.approve(SITE);
    await w.click('[data-testid="grant-sites"]');
    await until(async () => (await registrations(w)).length === 1);
    await until(async () => (await testIdText(w, 'access-missing')) === '');
    await open.reload();
    await until(async () => (await open.evaluate(marks)) >= 2);
  });

  test('"on all sites": asked for once, registered everywhere; back to "only the sites I allow" gives all sites back, the allowed one asked for again', async () => {
    const w = d.welcome();
    await d.approve(ALL);
    await w.click('[data-testid="welcome-choose-all"]');
    await until(async () => (await settings(w))?.siteMode === 'all');
    await until(async () => JSON.stringify((await registrations(w)).flatMap((r: { matches: string[] }) => r.matches)) === JSON.stringify(ALL));
    expect(await until(() => testIdText(w, 'welcome-status'))).toMatch(/runs on every site/);
    expect(await testIdText(w, 'welcome-all')).toMatch(/Your choice/);
    await w.screenshot(shot(`welcome-${d.name}-all`));
    await w.click('[data-testid="welcome-choose-allowlist"]');
    await until(async () => !(await grantedOrigins(w)).some((o: string) => ALL.includes(o)));
    // Chromium and Firefox fold a site's grant into "all sites" and give both back together
    // (measured): the page says the site lacks access, and one click gives it back.
    expect(await until(() => testIdText(w, 'access-missing'))).toContain('127.0.0.1');
    await d.approve(SITE);
    await w.click('[data-testid="grant-sites"]');
    await until(async () => (await grantedOrigins(w)).length === 2);
    expect(await grantedOrigins(w)).toEqual(SITE);
    await until(async () => (await registrations(w)).length === 1);
    expect(JSON.stringify(await registrations(w))).toBe(JSON.stringify([{ id: 'quotetrace-content', matches: SITE }]));
    await open.close();
  });
}
