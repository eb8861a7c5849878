import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ruleCovers } from './settings';
import { ALL_SITES, neededPatterns, sitePatterns, sitesWithoutAccess, type SiteAccessSettings } from '../lib/access/site-patterns';

/**
 * The host access the browser has granted QuoteTrace, as the popup and options read it, and the
 * requests they make (inside the user's click: permissions.request needs the gesture).
 */

export interface AccessState {
  /** "All sites" mode: whether the browser grants http and https on every site. */
  allSites: boolean;
  /** "Only the sites I allow" mode: the allowed sites the browser does not grant (never, or no longer). */
  missingSites: string[];
}

async function granted(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** Which of these patterns are granted now, as a predicate. */
export async function grantedSet(patterns: readonly string[]): Promise<(p: string) => boolean> {
  const unique = [...new Set(patterns)];
  const ok = await Promise.all(unique.map(granted));
  const yes = new Set(unique.filter((_, i) => ok[i]));
  return (p) => yes.has(p);
}

export async function readAccess(s: SiteAccessSettings): Promise<AccessState> {
  const isGranted = await grantedSet([...ALL_SITES, ...neededPatterns(s)]);
  return { allSites: ALL_SITES.every(isGranted), missingSites: sitesWithoutAccess(s, isGranted) };
}

/** Whether the browser lets QuoteTrace run on `host` under these settings (a rule covering it is granted). */
export async function hostGranted(s: SiteAccessSettings, host: string): Promise<boolean> {
  const state = await readAccess(s);
  if (s.siteMode === 'all') return state.allSites;
  const rules = s.allowedSites.filter((r) => ruleCovers(r, host));
  return rules.some((r) => !state.missingSites.includes(r));
}

/**
 * Asks the browser for these patterns. Call it synchronously from the click handler (no await
 * before it). Resolves false when the user declines or the browser refuses.
 */
export function requestPatterns(patterns: readonly string[]): Promise<boolean> {
  if (patterns.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins: [...patterns] }).catch(() => false);
}

export const requestAllSites = () => requestPatterns(ALL_SITES);
export const requestSites = (rules: readonly string[]) => requestPatterns(rules.flatMap(sitePatterns));

/** Calls back whenever a grant is added or withdrawn (also from the browser's own menus). */
export function watchAccess(cb: () => void): () => void {
  // A browser (or test double) without the permissions API has nothing to watch.
  if (!browser.permissions?.onAdded) return () => undefined;
  const on = () => cb();
  browser.permissions.onAdded.addListener(on);
  browser.permissions.onRemoved.addListener(on);
  return () => {
    browser.permissions.onAdded.removeListener(on);
    browser.permissions.onRemoved.removeListener(on);
  };
}

/** The access state under these settings, read again on every grant or withdrawal. */
export function useAccess(settings: SiteAccessSettings | null): AccessState | null {
  const [state, setState] = useState<AccessState | null>(null);
  const key = settings ? `${settings.siteMode}|${settings.allowedSites.join(',')}` : '';
  useEffect(() => {
    if (!settings) return undefined;
    let live = true;
    const read = () => void readAccess(settings).then((s) => live && setState(s), () => undefined);
    read();
    const unwatch = watchAccess(read);
    return () => {
      live = false;
      unwatch();
    };
  }, [key]);
  return state;
}

/**
 * Starts QuoteTrace in a tab just granted (the registration only covers pages loaded from now
 * on). A tab whose content script answers already has one: it starts itself from the settings.
 */
export async function startInTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { qt: 1, type: 'page:rescan', payload: {} });
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    } catch {
      // Not a page QuoteTrace may run on (or gone): the registration covers its next load.
    }
  }
}
