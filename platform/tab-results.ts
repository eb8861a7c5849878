import { storage } from 'wxt/utils/storage';
import { boundResults } from '../lib/results/bound-results';
import type { TabResults } from '../lib/results/quote-record';

/**
 * Per-tab results live in session storage: they survive the service worker being stopped, and
 * vanish with the browser session. Only extension contexts can read them.
 */
const key = (tabId: number) => `session:tab-results:${tabId}` as const;

export function tabResultsItem(tabId: number) {
  return storage.defineItem<TabResults | null>(key(tabId), { fallback: null });
}

export async function getTabResults(tabId: number): Promise<TabResults | null> {
  return tabResultsItem(tabId).getValue();
}

export async function setTabResults(results: TabResults): Promise<void> {
  await tabResultsItem(results.tabId).setValue(results);
}

/**
 * Stores a tab's results, bounded (lib/results/bound-results.ts). When the write fails (storage
 * full, quota), a small record saying why is stored instead so the popup can tell the user; never
 * throws.
 */
export async function storeTabResults(results: TabResults): Promise<void> {
  const bounded = boundResults(results);
  try {
    await setTabResults(bounded);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    console.warn('QuoteTrace: could not store the results of a tab', why);
    await setTabResults({ ...bounded, quotes: [], omitted: results.quotes.length, storageError: why.slice(0, 300) }).catch(() => {});
  }
}

export async function clearTabResults(tabId: number): Promise<void> {
  await tabResultsItem(tabId).removeValue();
}

/** Calls back with the tab's results now and on every change; returns the unsubscribe. */
export function watchTabResults(tabId: number, cb: (r: TabResults | null) => void): () => void {
  const item = tabResultsItem(tabId);
  void item.getValue().then(cb);
  return item.watch((v) => cb(v ?? null));
}

const RESULTS_PREFIX = 'tab-results:';

/** The tabs that have results: the pages QuoteTrace is running on now. */
export async function listTabsWithResults(): Promise<number[]> {
  const all = await storage.snapshot('session');
  return Object.keys(all)
    .map((k) => k.replace(/^session:/, ''))
    .filter((k) => k.startsWith(RESULTS_PREFIX))
    .map((k) => Number(k.slice(RESULTS_PREFIX.length)))
    .filter((id) => Number.isInteger(id));
}
