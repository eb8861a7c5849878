import { browser } from 'wxt/browser';

/** A tab id pinned by the page URL (`popup.html?tabId=12`), as tests and screenshots open them. */
export function pinnedTabId(search = location.search): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab this surface is about: the pinned one, else the active tab of the current window. */
export async function resolveTabId(): Promise<number | null> {
  const pinned = pinnedTabId();
  if (pinned !== null) return pinned;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

/** The tab's URL and title, or null when it is gone (or its URL is not visible to us). */
export async function getTabInfo(tabId: number): Promise<TabInfo | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, url: tab.url ?? '', title: tab.title ?? '' };
  } catch {
    return null;
  }
}

/**
 * Calls back with the tab to show now, and again whenever the current window's active tab changes
 * or that tab navigates (the side panel follows the reader). A ?tabId= pin stops the following.
 * Returns the unsubscribe.
 */
export function followActiveTab(cb: (tabId: number | null) => void): () => void {
  let current: number | null = null;
  let stopped = false;
  const emit = (id: number | null) => {
    if (!stopped) {
      current = id;
      cb(id);
    }
  };
  void resolveTabId().then(emit);
  if (pinnedTabId() !== null) return () => void (stopped = true);

  let windowId: number | undefined;
  void browser.windows
    .getCurrent()
    .then((w) => (windowId = w.id))
    .catch(() => undefined);
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) emit(info.tabId);
  };
  const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
    // Same tab, new page: re-emit so the surface re-reads the URL (scannable? which host?).
    if (tabId === current && (change.url !== undefined || change.status === 'complete')) emit(tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** The host QuoteTrace would run on, or null for pages it cannot scan (chrome://, about:, files, stores). */
export function scannableHost(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (BLOCKED_HOSTS.includes(u.hostname)) return null;
    return u.hostname;
  } catch {
    return null;
  }
}

/** Stores where browsers refuse extension scripts. */
const BLOCKED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
