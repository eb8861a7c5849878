import { describe, expect, test } from 'vitest';
import { waitIn } from './hardening-page';
import { testIdText, until } from './poll';
import type { AttackDriver, AttackPage } from './attack-cases';

/**
 * Issue #12, attacks 5 and 6: a page that tries to fill the extension's storage, and settings that
 * outgrow where they were kept. The same cases in Chromium and Firefox (tests/e2e/attacks-*.test.ts).
 */

/** An extension page (popup, options) as a test drives it: read, click, close. */
export interface ExtensionPage {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

/** Per-tab results as the background stored them for `url` (extension storage, never the page). */
interface Stored { tabId: number; quotes: { text: string; speaker: string | null; match: { status: string } }[]; omitted?: number; storageError?: string; size: number }
function storedFor(d: AttackDriver, url: string): Promise<Stored | null> {
  return d.inExtension(async (u: string) => {
    const a = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const all = (await a.storage.session.get(null)) as Record<string, { url?: string; tabId?: number } | null>;
    // An earlier case's tab on the same URL may be closed with its record not yet cleared: only an
    // open tab's record counts, or the popup would be opened for a tab that is gone.
    for (const r of Object.values(all)) {
      if (r?.url !== u || typeof r.tabId !== 'number') continue;
      const open = await a.tabs.get(r.tabId).then(() => true, () => false);
      if (open) return { ...(r as Omit<Stored, 'size'>), size: JSON.stringify(r).length };
    }
    return null;
  }, url);
}

/** Fills storage area `area` until only about `room` characters fit; returns whether the browser enforces a quota at all. */
function fillStorage(d: AttackDriver, area: 'session' | 'local', room: number): Promise<boolean> {
  return d.inExtension(async ([where, roomChars]: ['session' | 'local', number]) => {
    const a = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage[where];
    const chunk = 'x'.repeat(512 * 1024);
    // Whatever else is stored stays: filler goes in items of its own, biggest first. 12 MB fit
    // only where the browser sets no quota (Chrome's is 10 MB): then there is nothing to fill.
    let refused = false;
    for (let i = 0; i < 24 && !refused; i++) {
      try {
        await a.set({ [`qt-test-filler-${i}`]: chunk });
      } catch {
        refused = true;
      }
    }
    if (!refused) return false;
    // Kept back, then freed: room for a short note (why a write failed), not for a page's results.
    if (roomChars > 0) await a.set({ 'qt-test-room': 'x'.repeat(roomChars) }).catch(() => {});
    for (const size of [128 * 1024, 32 * 1024, 8 * 1024, 2 * 1024, 512, 128, 32, 8, 1]) {
      for (let j = 0; j < 8; j++) {
        try {
          await a.set({ [`qt-test-filler-${size}-${j}`]: 'x'.repeat(size) });
        } catch {
          break;
        }
      }
    }
    await a.remove('qt-test-room');
    return true;
  }, [area, room] as ['session' | 'local', number]);
}
function emptyFiller(d: AttackDriver, area: 'session' | 'local'): Promise<null> {
  return d.inExtension(async (where: 'session' | 'local') => {
    const a = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage[where];
    const keys = Object.keys(await a.get(null)).filter((k) => k.startsWith('qt-test-'));
    await a.remove(keys);
    return null;
  }, area);
}

/** The bundled pack's record of this quote (data/founding-article.jsonl). */
const BUNDLED_QUOTE = 'We have no plans to deploy NATO combat troops';
const FLOOD = '/attacks/flood/?n=1200&len=1800';
const BUNDLED_PAGE = '/attacks/bundled/';

async function hoverCard(page: AttackPage, needle: string): Promise<string> {
  const at = await page.evaluate((n) => {
    const m = (window as unknown as { markOf: (s: string) => Element | null }).markOf(n)!;
    m.scrollIntoView({ block: 'center' });
    const r = m.getClientRects()[0];
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, needle);
  await page.mouseTo(5, 880);
  await page.mouseTo(at.x, at.y);
  return until(async () => (await page.cardText()) || null, 15_000);
}

export function defineStorageAttackTests(driver: () => AttackDriver) {
  describe('attack 5: storage exhaustion', () => {
    test('a page with 1,200 long quotes keeps at most 400 / 512 KB of results; the popup says how many were left out', async () => {
      const d = driver();
      const page = await d.open(FLOOD);
      const url = await page.evaluate(() => location.href);
      const stored = await until(async () => {
        const s = await storedFor(d, url);
        return s && s.quotes.length + (s.omitted ?? 0) >= 1200 ? s : null;
      }, 120_000);
      expect(stored.quotes.length).toBeGreaterThan(0);
      expect(stored.quotes.length).toBeLessThanOrEqual(400);
      expect(stored.size).toBeLessThanOrEqual(512 * 1024 + 4096);
      expect(stored.omitted).toBe(1200 - stored.quotes.length);
      const popup = await d.openExtension(`popup.html?tabId=${stored.tabId}`);
      const note = await until(async () => (await testIdText(popup, 'results-omitted')) || null, 15_000);
      expect(note).toContain(String(stored.omitted));
      await popup.close();
      await page.close();
    });

    test('with session storage full, the next tab still shows its bundled match, and the popup says the results could not be kept', async () => {
      const d = driver();
      const quota = await fillStorage(d, 'session', 1000);
      try {
        const page = await d.open(BUNDLED_PAGE);
        await waitIn(page, (n) => (window as unknown as { markOf: (s: string) => Element | null }).markOf(n) !== null, BUNDLED_QUOTE, 30_000);
        // The reply did not wait on the failed write: the card has the bundled record.
        const card = await hoverCard(page, BUNDLED_QUOTE);
        expect(card).toContain('Jens Stoltenberg');
        expect(card.toLowerCase()).toContain('verified');
        const url = await page.evaluate(() => location.href);
        const stored = await until(() => storedFor(d, url), 15_000).catch(() => null);
        // Chrome enforces storage.session's 10 MB; Firefox (no session quota) stores the results.
        if (quota) {
          expect(stored?.storageError, 'a failed write is recorded in words').toBeTruthy();
          const popup = await d.openExtension(`popup.html?tabId=${stored!.tabId}`);
          expect(await until(async () => (await testIdText(popup, 'results-storage-error')) || null, 15_000)).toMatch(/could not keep this page's results/);
          await popup.close();
        } else {
          expect(stored?.quotes.some((q) => q.text.includes(BUNDLED_QUOTE) && q.match.status === 'verified')).toBe(true);
        }
        await page.close();
      } finally {
        await emptyFiller(d, 'session');
      }
    });
  });

  describe('attack 6: many site rules', () => {
    const RULES = Array.from({ length: 320 }, (_, i) => `site-${String(i).padStart(3, '0')}.news-example.org`);

    /** Saves the rules where the extension keeps its settings (storage.local since #12). */
    const saveRules = (d: AttackDriver, disabledSites: string[]) =>
      d.inExtension(async (sites: string[]) => {
        const a = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const cur = ((await a.storage.local.get('settings')).settings ?? {}) as object;
        await a.storage.local.set({ settings: { siteMode: 'all', allowedSites: [], highlightStyle: 'full', strictness: 'balanced', ...cur, disabledSites: sites } });
        return null;
      }, disabledSites);
    const storedRules = (d: AttackDriver) =>
      d.inExtension(async () => {
        const a = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return (((await a.storage.local.get('settings')).settings ?? {}) as { disabledSites?: string[] }).disabledSites ?? [];
      }, null);
    const switchState = (p: ExtensionPage) => p.evaluate(() => (document.querySelector('[data-testid="site-toggle"]') as HTMLInputElement | null)?.checked ?? null, null);

    test('with 320 site rules saved, the popup switch turns the site off and on, and the state survives reopening', async () => {
      const d = driver();
      await saveRules(d, RULES);
      try {
        const page = await d.open('/attacks/article/');
        await waitIn(page, () => document.querySelectorAll('[data-quotetrace-id]').length >= 2);
        const url = await page.evaluate(() => location.href);
        const { tabId } = (await until(() => storedFor(d, url), 15_000))!;
        let popup = await d.openExtension(`popup.html?tabId=${tabId}`);
        await until(async () => (await switchState(popup)) === true, 15_000);
        await popup.click('[data-testid="site-toggle"]');
        // 321 rules are stored (the 8 KB storage.sync item held about 230) and the page is let go.
        await until(async () => (await storedRules(d)).length === 321);
        expect(await storedRules(d)).toContain('127.0.0.1');
        await waitIn(page, () => document.querySelectorAll('[data-quotetrace-id]').length === 0);
        await popup.close();
        popup = await d.openExtension(`popup.html?tabId=${tabId}`);
        await until(async () => (await switchState(popup)) === false, 15_000);
        expect(await testIdText(popup, 'site-off')).not.toBe('');
        await popup.click('[data-testid="site-toggle"]');
        await until(async () => (await storedRules(d)).length === 320);
        await waitIn(page, () => document.querySelectorAll('[data-quotetrace-id]').length >= 2);
        await popup.close();
        await page.close();
      } finally {
        await saveRules(d, []);
      }
    });

    test('a save the browser refuses is shown, and the switch shows what is stored', async () => {
      const d = driver();
      await saveRules(d, RULES);
      const page = await d.open('/attacks/article/');
      await waitIn(page, () => document.querySelectorAll('[data-quotetrace-id]').length >= 2);
      const url = await page.evaluate(() => location.href);
      const { tabId } = (await until(() => storedFor(d, url), 15_000))!;
      const popup = await d.openExtension(`popup.html?tabId=${tabId}`);
      await until(async () => (await switchState(popup)) === true, 15_000);
      // Chrome's storage.local holds 10 MB without unlimitedStorage; Firefox's has no quota, so a
      // refused save cannot be caused there: it checks the same switch saves, which it must.
      const quota = await fillStorage(d, 'local', 0);
      try {
        await popup.click('[data-testid="site-toggle"]');
        if (quota) {
          const alert = await until(async () => (await popup.evaluate(() => document.querySelector('.qt-popup__error')?.textContent ?? '', null)) || null, 15_000);
          expect(alert).toMatch(/The setting was not saved/);
          await until(async () => (await switchState(popup)) === true, 5_000);
          expect(await storedRules(d)).toHaveLength(320);
          expect(await page.evaluate(() => document.querySelectorAll('[data-quotetrace-id]').length)).toBeGreaterThanOrEqual(2);
        } else {
          await until(async () => (await storedRules(d)).length === 321);
          expect(await switchState(popup)).toBe(false);
        }
      } finally {
        await emptyFiller(d, 'local');
        await saveRules(d, []);
        await popup.close();
        await page.close();
      }
    });
  });
}
