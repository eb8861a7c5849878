import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabResults } from '../../../lib/results/quote-record';
import type { Settings } from '../../../platform/settings';
import { alteredStoltenberg, misattributedMayor, verifiedStoltenberg } from './fixtures';
import { makeT } from './translate';

const state = vi.hoisted(() => ({
  url: 'https://news.example/story',
  settings: null as unknown as Settings,
  results: null as TabResults | null,
  updates: [] as Partial<Settings>[],
  askTab: vi.fn(),
  bundled: { version: '1', builtAt: 1, count: 9, sources: [] } as object | null,
}));
vi.mock('../../../platform/messaging', () => ({
  askTab: state.askTab,
  askBackground: vi.fn(async () => ({ ok: true, value: { bundled: state.bundled, user: [], total: 9 } })),
}));

vi.mock('wxt/browser', () => ({ browser: { runtime: { openOptionsPage: vi.fn(async () => undefined) } } }));
vi.mock('../../../platform/i18n', async () => ({ t: (await import('./translate')).makeT('en'), uiLocale: () => 'en-GB' }));
vi.mock('../../../platform/active-tab', async (importActual) => ({
  ...(await importActual<typeof import('../../../platform/active-tab')>()),
  pinnedTabId: () => 7,
  resolveTabId: async () => 7,
  getTabInfo: async (id: number) => ({ id, url: state.url, title: 'A story' }),
}));
vi.mock('../../../platform/settings', () => ({
  getSettings: async () => state.settings,
  updateSettings: async (patch: Partial<Settings>) => {
    state.updates.push(patch);
    state.settings = { ...state.settings, ...patch };
    return state.settings;
  },
  settingsItem: { watch: () => () => undefined },
  isSiteEnabled: (s: Settings, host: string) => !s.disabledSites.includes(host),
  toggleSite: (s: Settings, host: string, on: boolean) => ({
    disabledSites: on ? s.disabledSites.filter((h) => h !== host) : [...s.disabledSites, host],
  }),
}));
vi.mock('../../../platform/tab-results', () => ({
  watchTabResults: (_id: number, cb: (r: TabResults | null) => void) => {
    queueMicrotask(() => cb(state.results));
    return () => undefined;
  },
}));

const { App } = await import('../../../entrypoints/popup/App');
const t = makeT('en');
let root: HTMLElement;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 5)));
async function mount() {
  await act(() => render(<App />, root));
  await settle();
  await settle();
}
const results = (quotes: TabResults['quotes']): TabResults => ({ tabId: 7, url: state.url, title: 'A story', updatedAt: 1, quotes });

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  state.url = 'https://news.example/story';
  state.settings = { siteMode: 'all', allowedSites: [], disabledSites: [], highlightStyle: 'full', strictness: 'balanced' };
  state.results = null;
  state.updates = [];
  state.bundled = { version: '1', builtAt: 1, count: 9, sources: [] };
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete (globalThis as { chrome?: unknown }).chrome;
});
const testid = (id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('popup', () => {
  it('says so when the bundled pack is missing or unreadable, and is quiet when it loaded', async () => {
    await mount();
    expect(testid('pack-problem')).toBeNull();
    render(null, root);
    state.bundled = null;
    await mount();
    expect(testid('pack-problem')?.textContent).toBe(t('pack_missing'));
    expect(testid('pack-problem')?.getAttribute('role')).toBe('alert');
  });

  it('shows the page at a glance', async () => {
    state.results = results([verifiedStoltenberg, alteredStoltenberg, misattributedMayor]);
    await mount();
    expect(testid('count-found')!.textContent).toBe('Quotes found: 3');
    expect(testid('count-matched')!.textContent).toBe('In the database: 3');
    expect(root.querySelector('.qt-top__sub')!.textContent).toBe('news.example');
    expect(root.textContent).toContain(t('popup_site_toggle', ['news.example']));
  });

  it('says when no quotes were found', async () => {
    state.results = results([]);
    await mount();
    expect(testid('no-quotes')!.textContent).toContain('No quotes found on this page');
  });

  it('says when a page cannot be scanned, with no site switch', async () => {
    state.url = 'chrome://extensions/';
    await mount();
    expect(testid('cannot-scan')!.textContent).toContain('This page can’t be scanned');
    expect(testid('site-toggle')).toBeNull();
    expect(testid('open-panel')).toBeNull();
  });

  it('turns QuoteTrace off and on for the site', async () => {
    state.results = results([verifiedStoltenberg]);
    await mount();
    const toggle = testid('site-toggle') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await act(() => toggle.click());
    await settle();
    expect(state.updates).toEqual([{ disabledSites: ['news.example'] }]);
    expect(testid('site-off')!.textContent).toContain('QuoteTrace is off for this site');
    await act(() => (testid('site-toggle') as HTMLInputElement).click());
    await settle();
    expect(state.updates[1]).toEqual({ disabledSites: [] });
    expect(testid('count-found')).not.toBeNull();
  });

  it('opens the side panel straight from the click (user gesture)', async () => {
    const open = vi.fn(async () => undefined);
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open } };
    state.results = results([verifiedStoltenberg]);
    await mount();
    (testid('open-panel') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledWith({ tabId: 7 }); // synchronously, before any await
  });

  it('offers to scan a page that has no results yet, and says why it could not', async () => {
    state.askTab.mockResolvedValueOnce({ ok: false, error: 'QuoteTrace is not running on this page' });
    await mount();
    expect(testid('not-scanned')!.textContent).toContain('This page has not been scanned yet');
    await act(() => (testid('rescan') as HTMLButtonElement).click());
    await settle();
    expect(state.askTab).toHaveBeenCalledWith(7, 'page:rescan', {});
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Could not scan the page: QuoteTrace is not running on this page. Reloading it usually helps.',
    );
  });

  it('reports a side panel that cannot open', async () => {
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open: async () => Promise.reject(new Error('no gesture')) } };
    state.results = results([verifiedStoltenberg]);
    await mount();
    await act(() => (testid('open-panel') as HTMLButtonElement).click());
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Could not open the side panel: no gesture');
  });
});
