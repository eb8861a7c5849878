import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabResults } from '../../../lib/results/quote-record';
import type { PendingCheck } from '../../../platform/pending-check';
import { alteredStoltenberg, misattributedMayor, STOLTENBERG, verifiedStoltenberg } from './fixtures';

const state = vi.hoisted(() => ({
  follow: null as ((id: number | null) => void) | null,
  pending: null as ((c: PendingCheck | null) => void) | null,
  results: new Map<number, TabResults>(),
  askTab: vi.fn(),
  askBackground: vi.fn(),
}));

vi.mock('../../../platform/i18n', async () => ({ t: (await import('./translate')).makeT('en'), uiLocale: () => 'en-GB' }));
vi.mock('../../../platform/active-tab', async (importActual) => ({
  ...(await importActual<typeof import('../../../platform/active-tab')>()),
  followActiveTab: (cb: (id: number | null) => void) => {
    state.follow = cb;
    queueMicrotask(() => cb(1));
    return () => undefined;
  },
  getTabInfo: async (id: number) => ({ id, url: `https://site${id}.example/`, title: `Page ${id}` }),
}));
vi.mock('../../../platform/settings', () => ({
  getSettings: async () => ({ siteMode: 'all', allowedSites: [], disabledSites: [], highlightStyle: 'full', strictness: 'balanced' }),
  settingsItem: { watch: () => () => undefined },
  isSiteEnabled: () => true,
}));
vi.mock('../../../platform/tab-results', () => ({
  watchTabResults: (id: number, cb: (r: TabResults | null) => void) => {
    queueMicrotask(() => cb(state.results.get(id) ?? null));
    return () => undefined;
  },
}));
vi.mock('../../../platform/pending-check', () => ({
  watchPendingCheck: (cb: (c: PendingCheck | null) => void) => {
    state.pending = cb;
    queueMicrotask(() => cb(null));
    return () => undefined;
  },
}));
vi.mock('../../../platform/messaging', () => ({ askTab: state.askTab, askBackground: state.askBackground }));

const { App } = await import('../../../entrypoints/sidepanel/App');
let root: HTMLElement;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 5)));
const page = (tabId: number, quotes: TabResults['quotes']): TabResults => ({ tabId, url: `https://site${tabId}.example/`, title: `Page ${tabId}`, updatedAt: 1, quotes });
const items = () => [...root.querySelectorAll('#qt-view-page [data-quotetrace-item]')].map((el) => el.getAttribute('data-quotetrace-item'));

beforeEach(async () => {
  state.results = new Map([
    [1, page(1, [verifiedStoltenberg, alteredStoltenberg])],
    [2, page(2, [misattributedMayor])],
  ]);
  state.askTab.mockReset();
  state.askBackground.mockReset();
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App />, root));
  await settle();
  await settle();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('side panel', () => {
  it('lists the tab’s quotes and follows the active tab', async () => {
    expect(items()).toEqual(['q1', 'q2']);
    await act(() => state.follow!(2));
    await settle();
    await settle();
    expect(items()).toEqual(['q3']);
    expect(root.querySelector('.qt-top__sub')!.textContent).toBe('Page 2');
  });

  it('asks the page to focus a chosen quote, and says when it cannot', async () => {
    state.askTab.mockResolvedValueOnce({ ok: true, value: true });
    await act(() => root.querySelector<HTMLButtonElement>('[data-quotetrace-item="q2"] .qt-item__main')!.click());
    await settle();
    expect(state.askTab).toHaveBeenCalledWith(1, 'quote:focus', { id: 'q2' });
    expect(root.querySelector('[role="alert"]')).toBeNull();
    state.askTab.mockResolvedValueOnce({ ok: false, error: 'QuoteTrace is not running on this page' });
    await act(() => root.querySelector<HTMLButtonElement>('[data-quotetrace-item="q1"] .qt-item__main')!.click());
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Could not show this quote on the page: QuoteTrace is not running on this page');
  });

  it('switches to the selection view when a check arrives and shows its card', async () => {
    expect(root.querySelector<HTMLElement>('#qt-view-selection')!.hidden).toBe(true);
    await act(() => state.pending!({ text: 'prepared to sit down', at: Date.now(), result: { status: 'verified', statement: STOLTENBERG, score: 0.9 } }));
    await settle();
    expect(root.querySelector<HTMLElement>('#qt-view-selection')!.hidden).toBe(false);
    expect(root.querySelector('[data-testid="view-selection"]')!.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('#qt-view-selection .qt-card')!.textContent).toContain('Jens Stoltenberg');
  });

  it('searches the whole database through the background', async () => {
    state.askBackground.mockResolvedValue({ ok: true, value: [{ statement: STOLTENBERG, score: 0.7 }] });
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="view-search"]')!.click());
    const input = root.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
    await act(() => {
      input.value = 'listen to Russia';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => void root.querySelector('#qt-view-search form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await settle();
    expect(state.askBackground).toHaveBeenCalledWith('db:search', { query: 'listen to Russia', limit: 20 });
    expect(root.querySelectorAll('[data-testid="search-results"] .qt-card')).toHaveLength(1);
  });
});
