import { describe, expect, test } from 'vitest';
import { settledIn, waitIn, type PageLike } from './hardening-page';
import type { ExtensionPage } from './storage-attack-cases';

/**
 * Issue #12: a hostile page tries to switch QuoteTrace off, read the user's private import, dress
 * up as QuoteTrace, pre-empt its element names and fill its storage. The same cases in Chromium
 * and Firefox; the fixtures are in tests/fixtures/pages/attacks/. Marks are found by their
 * data-quotetrace-id (whatever their element name), the card host by data-quotetrace-ui="card".
 */

export interface AttackPage extends PageLike {
  /** The card's text as the user sees it, read through its shadow root even when closed ('' when shut). */
  cardText(): Promise<string>;
  /** The card's link targets, read the same way. */
  cardLinks(): Promise<string[]>;
  /** Moves the real (trusted) mouse to a point of the page, in CSS pixels of the viewport. */
  mouseTo(x: number, y: number): Promise<void>;
  /** Presses a real (trusted) key, e.g. 'a', 'Tab', 'Shift+Tab'. */
  press(key: string): Promise<void>;
}

export interface AttackDriver {
  /** browser.runtime.id: what a page that knows the extension would put in WXT's event names. */
  runtimeId: string;
  open(path: string): Promise<AttackPage>;
  /** Runs fn in one of the extension's own pages (extension APIs as `chrome` / `browser`). */
  inExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  /** Opens an extension page (`popup.html?tabId=3`) in a new tab, ready to read and click. */
  openExtension(path: string): Promise<ExtensionPage>;
}

type W = Window & {
  __seen: { messages: string[]; foreign: string[]; unwrapped?: number };
  pageView: () => string;
  markTexts: () => string[];
  markOf: (s: string) => Element | null;
  forgeStarted: (id: string) => void;
  forgeLocationChange: (id: string, n: number) => void;
  countUnwraps: () => void;
  addQuote: (t: string) => void;
  fakeHover: (s: string) => void;
  spoof: (bad: string, good: string) => void;
};

const ARTICLE = '/attacks/article/';
const Q_VERIFIED = 'harbour tunnel will open';
const Q_MISATTRIBUTED = 'Every school roof';
const Q_UNATTRIBUTED = 'a promise written on water';
const Q_UNMATCHED = 'We counted the ferries';

/**
 * The user's private import: invented records, one the page misattributes, one it never attributes.
 * The misattributed one credits someone the page never names: when the record's speaker is named
 * near the quote, the matcher withholds the accusation (the attributor may have picked wrong).
 */
const PRIVATE_CSV = [
  'text,speaker,date,context,sourceUrl,verdict',
  '"The harbour tunnel will open to cyclists before the winter lantern festival.",Mara Quill,2025-03-04,a closed briefing for council staff,https://records.example.org/quill-briefing,False',
  '"Every school roof in the district will carry solar panels by next spring.",Ines Marlow,2025-02-11,a closed briefing on schools,javascript:alert(1),',
  '"It is a promise written on water and signed in fog with borrowed ink.",Mara Quill,2025-01-20,an internal memo,,',
].join('\n');
const PRIVATE_WORDS = ['closed briefing', 'internal memo', 'Mara Quill', 'Ines Marlow', 'records.example.org', 'misattributed', 'verified', 'altered'];

/** In an extension page: imports the private CSV, or removes every user database. */
async function importPrivate(d: AttackDriver) {
  const reply = await d.inExtension(async (text: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    return api.runtime.sendMessage({ qt: 1, type: 'db:import', payload: { fileName: 'private-briefings.csv', text } });
  }, PRIVATE_CSV);
  expect(JSON.stringify(reply)).toContain('"ok":true');
}
async function removePrivate(d: AttackDriver) {
  await d.inExtension(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    const info = (await api.runtime.sendMessage({ qt: 1, type: 'db:info', payload: {} })) as { value: { user: { id: string }[] } };
    for (const u of info.value.user) await api.runtime.sendMessage({ qt: 1, type: 'db:remove', payload: { id: u.id } });
    return null;
  }, null);
}
/** Writes the settings where either layout of the extension reads them (sync before #12, local after). */
async function setSettings(d: AttackDriver, patch: Record<string, unknown>) {
  await d.inExtension(async (p: Record<string, unknown>) => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    const base = { siteMode: 'all', allowedSites: [], disabledSites: [], highlightStyle: 'full', strictness: 'balanced' };
    const cur = ((await api.storage.local.get('settings')).settings ?? (await api.storage.sync.get('settings')).settings ?? base) as object;
    const next = { ...base, ...cur, ...p };
    await api.storage.sync.set({ settings: next });
    await api.storage.local.set({ settings: next });
    return null;
  }, patch);
}

/** Hovers a mark with the real mouse (a trusted event), and waits for the card. */
async function hoverMark(page: AttackPage, needle: string): Promise<string> {
  const at = await page.evaluate((n) => {
    const r = (window as unknown as W).markOf(n)!.getClientRects()[0];
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, needle);
  await page.mouseTo(5, 880);
  await page.mouseTo(at.x, at.y);
  return waitIn(page, () => true, undefined, 100).then(() => waitFor(() => page.cardText()));
}
async function waitFor(fn: () => Promise<string>, timeoutMs = 15_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await fn().catch(() => '');
    if (v) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
  return '';
}
const marked = (page: PageLike, needle: string) => waitIn(page, (n) => (window as unknown as W).markTexts().some((t) => t.includes(n)), needle);

export function defineAttackTests(driver: () => AttackDriver) {
  describe('attack 1: switch-off', () => {
    test('the page hears no started message; forging WXT\'s started event does not tear the script down', async () => {
      const d = driver();
      const page = await d.open(ARTICLE);
      await marked(page, Q_UNMATCHED);
      const messages = await page.evaluate(() => (window as unknown as W).__seen.messages.join('\n'));
      expect(messages).not.toMatch(/wxt|content-script-started|quotetrace/i);
      await page.evaluate((id) => (window as unknown as W).forgeStarted(id), d.runtimeId);
      await page.evaluate(() => (window as unknown as W).addQuote('"The night bus will stop at the hospital gate from May," said Ilse Brandt, the harbour master.'));
      await marked(page, 'The night bus will stop');
      expect(await page.evaluate(() => (window as unknown as W).markTexts().length)).toBeGreaterThanOrEqual(3);
      await page.close();
    });

    test('forging WXT\'s location-change event 200 times forces no rescan', async () => {
      const d = driver();
      const page = await d.open(ARTICLE);
      await marked(page, Q_UNMATCHED);
      const before = await settledIn(page, () => (window as unknown as W).markTexts().length);
      await page.evaluate(() => (window as unknown as W).countUnwraps());
      await page.evaluate((id) => (window as unknown as W).forgeLocationChange(id, 200), d.runtimeId);
      await settledIn(page, () => (window as unknown as W).markTexts().length);
      expect(await page.evaluate(() => (window as unknown as W).__seen.unwrapped)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as W).markTexts().length)).toBe(before);
      await page.close();
    });

    test('on a site the user switched off, nothing at all is put in the page', async () => {
      const d = driver();
      await setSettings(d, { disabledSites: ['127.0.0.1'] });
      try {
        const page = await d.open(ARTICLE);
        // The content script has run and says it is off here (asked by the extension, unseen by the page).
        expect(await page.settled()).toMatchObject({ on: false, shown: 0 });
        const seen = await page.evaluate(() => ({ foreign: (window as unknown as W).__seen.foreign.join(', '), messages: (window as unknown as W).__seen.messages.join(', ') }));
        expect(seen).toEqual({ foreign: '', messages: '' });
        await page.close();
      } finally {
        await setSettings(d, { disabledSites: [] });
      }
    });
  });

  describe('attack 2: reading the private import', () => {
    test('what the page can read is the same with and without a private import, and holds no record text or status', async () => {
      const d = driver();
      await removePrivate(d);
      let page = await d.open(ARTICLE);
      await marked(page, Q_UNMATCHED);
      const without = await settledIn(page, () => (window as unknown as W).pageView());
      await page.close();
      await importPrivate(d);
      try {
        page = await d.open(ARTICLE);
        await marked(page, Q_UNMATCHED);
        // The user sees the private record in the card...
        expect(await hoverMark(page, Q_VERIFIED)).toContain('closed briefing');
        await page.mouseTo(5, 880);
        // ...and the page, also with the card open and after trying untrusted input, sees nothing of it.
        await page.evaluate((n) => (window as unknown as W).fakeHover(n), Q_MISATTRIBUTED);
        await new Promise((r) => setTimeout(r, 600));
        const withImport = await settledIn(page, () => (window as unknown as W).pageView());
        for (const word of PRIVATE_WORDS) expect(withImport.includes(word), word).toBe(false);
        expect(withImport).toBe(without);
        await page.close();
      } finally {
        await removePrivate(d);
      }
    });

    test('untrusted mouseover and focus from the page do not open the card', async () => {
      const d = driver();
      const page = await d.open(ARTICLE);
      await marked(page, Q_UNMATCHED);
      await page.evaluate((n) => (window as unknown as W).fakeHover(n), Q_UNMATCHED);
      await new Promise((r) => setTimeout(r, 800));
      expect(await page.cardText()).toBe('');
      expect(await page.evaluate(() => [...document.querySelectorAll('[data-quotetrace-ui="card"], quotetrace-card')].some((h) => h.shadowRoot !== null))).toBe(false);
      await page.close();
    });

    test("a page's focus() after the user's real key presses does not open the card; the user's Tab does", async () => {
      const d = driver();
      const page = await d.open(ARTICLE);
      await marked(page, Q_UNMATCHED);
      await marked(page, Q_VERIFIED);
      // The user types (trusted keys), then the page moves focus by script, at once and from a timer.
      for (const key of ['a', 'Shift', 'ArrowDown']) await page.press(key);
      await page.evaluate((n) => ((window as unknown as W).markOf(n) as HTMLElement).focus(), Q_UNMATCHED);
      await page.evaluate((n) => new Promise((r) => setTimeout(r, 0)).then(() => ((window as unknown as W).markOf(n) as HTMLElement).focus()), Q_VERIFIED);
      await new Promise((r) => setTimeout(r, 800));
      expect(await page.cardText()).toBe('');
      // From the second quote, the user's own Shift+Tab and Tab come back to it: that opens it.
      await page.evaluate((n) => ((window as unknown as W).markOf(n) as HTMLElement).focus(), Q_MISATTRIBUTED);
      await page.press('Shift+Tab');
      await page.press('Tab');
      expect(await waitFor(async () => ((await page.cardText()).includes(Q_MISATTRIBUTED) ? page.cardText() : ''))).toContain(Q_MISATTRIBUTED);
      await page.close();
    });
  });

  describe('attack 3: spoofing', () => {
    test('rewriting a misattributed mark (status, id, card links) does not change what the card says', async () => {
      const d = driver();
      await importPrivate(d);
      try {
        const page = await d.open(ARTICLE);
        await marked(page, Q_MISATTRIBUTED);
        await settledIn(page, () => (window as unknown as W).markTexts().length);
        await page.evaluate(([bad, good]) => (window as unknown as W).spoof(bad, good), [Q_MISATTRIBUTED, Q_VERIFIED] as [string, string]);
        const card = await hoverMark(page, Q_MISATTRIBUTED);
        expect(card).toContain('Every school roof');
        expect(card).toMatch(/Ines Marlow/);
        expect(card).not.toMatch(/✓|Verified/);
        const links = await page.cardLinks();
        expect(links.every((h) => /^https?:/.test(h) && !h.includes('phish'))).toBe(true);
        expect(links.some((h) => h.startsWith('javascript:'))).toBe(false);
        await page.close();
      } finally {
        await removePrivate(d);
      }
    });
  });

  describe('attack 4: squatting', () => {
    test('the page defines the extension\'s element names first: quotes are still marked and the card opens', async () => {
      const d = driver();
      const page = await d.open('/attacks/squat/');
      await marked(page, 'The early boat will run');
      await marked(page, 'We will publish the fares');
      // Every mark still shows its words: none was turned into the page's element (whose closed
      // shadow root would hide the text).
      const hidden = await page.evaluate(() => [...document.querySelectorAll('[data-quotetrace-id]')].filter((m) => m.getBoundingClientRect().width === 0).map((m) => m.textContent));
      expect(hidden).toEqual([]);
      expect(await hoverMark(page, 'The early boat will run')).toContain('Ilse Brandt');
      await page.close();
    });
  });
}
