import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: never[]) => void;
const fake = vi.hoisted(() => {
  const listeners = { activated: new Set<Listener>(), updated: new Set<Listener>() };
  const event = (set: Set<Listener>) => ({ addListener: (l: Listener) => set.add(l), removeListener: (l: Listener) => set.delete(l) });
  return {
    listeners,
    browser: {
      tabs: {
        query: vi.fn(async () => [{ id: 41 }]),
        get: vi.fn(async (id: number) => ({ id, url: 'https://example.org/a', title: 'A' })),
        onActivated: event(listeners.activated),
        onUpdated: event(listeners.updated),
      },
      windows: { getCurrent: vi.fn(async () => ({ id: 3 })) },
      i18n: {
        getMessage: vi.fn((key: string, subs?: string[]) => (key === 'known' ? `Known ${subs?.[0] ?? ''}`.trim() : '')),
        getUILanguage: vi.fn(() => 'en-GB'),
      },
    },
  };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('@wxt-dev/browser', () => ({ browser: fake.browser })); // what @wxt-dev/i18n calls

const { followActiveTab, pinnedTabId, resolveTabId, scannableHost } = await import('../../../platform/active-tab');
const { t, uiLocale } = await import('../../../platform/i18n');
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => history.replaceState(null, '', '/sidepanel.html'));
afterEach(() => {
  fake.listeners.activated.clear();
  fake.listeners.updated.clear();
});

describe('active tab', () => {
  it('reads a ?tabId= pin and ignores anything else', () => {
    expect(pinnedTabId('?tabId=12')).toBe(12);
    expect(pinnedTabId('?tabId=abc')).toBeNull();
    expect(pinnedTabId('?tabId=-1')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
  });

  it('resolves the pinned tab, else the current window’s active tab', async () => {
    expect(await resolveTabId()).toBe(41);
    expect(fake.browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    history.replaceState(null, '', '/popup.html?tabId=7');
    expect(await resolveTabId()).toBe(7);
  });

  it('follows tab switches in its own window and navigation of the shown tab', async () => {
    const seen: (number | null)[] = [];
    const stop = followActiveTab((id) => seen.push(id));
    await settle();
    expect(seen).toEqual([41]);
    for (const l of fake.listeners.activated) (l as (i: { tabId: number; windowId: number }) => void)({ tabId: 50, windowId: 3 });
    for (const l of fake.listeners.activated) (l as (i: { tabId: number; windowId: number }) => void)({ tabId: 60, windowId: 9 });
    for (const l of fake.listeners.updated) (l as (id: number, c: object) => void)(50, { url: 'https://example.org/b' });
    for (const l of fake.listeners.updated) (l as (id: number, c: object) => void)(41, { url: 'https://example.org/c' });
    expect(seen).toEqual([41, 50, 50]);
    stop();
    expect(fake.listeners.activated.size).toBe(0);
    expect(fake.listeners.updated.size).toBe(0);
  });

  it('does not follow when pinned', async () => {
    history.replaceState(null, '', '/sidepanel.html?tabId=5');
    const seen: (number | null)[] = [];
    followActiveTab((id) => seen.push(id));
    await settle();
    expect(seen).toEqual([5]);
    expect(fake.listeners.activated.size).toBe(0);
  });

  it('knows which pages can be scanned', () => {
    expect(scannableHost('https://www.bbc.co.uk/news/1')).toBe('www.bbc.co.uk');
    expect(scannableHost('http://127.0.0.1:8080/')).toBe('127.0.0.1');
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/a.html', 'https://chromewebstore.google.com/x', 'https://addons.mozilla.org/', 'nonsense']) {
      expect(scannableHost(url), url).toBeNull();
    }
  });
});

describe('i18n', () => {
  it('passes substitutions through and falls back to the key', () => {
    const untyped = t as unknown as (key: string, ...args: unknown[]) => string;
    expect(untyped('known', ['x'])).toBe('Known x');
    expect(untyped('missing_key')).toBe('missing_key');
    expect(uiLocale()).toBe('en-GB');
  });
});
