import { browser } from 'wxt/browser';
import { ALL_SITES, contentScriptMatches, neededPatterns, patternsNoLongerNeeded, registrationChange, releasable, type SiteAccessSettings } from '../../lib/access/site-patterns';
import { feedPattern } from '../../lib/feeds/address';
import { listFeeds } from '../../platform/feeds';
import { getSettings, settingsItem, DEFAULT_SETTINGS, type Settings } from '../../platform/settings';
import { grantedSet, startInTab } from '../../platform/site-access';

/**
 * The content script is registered at run time, for exactly the host access the browser grants
 * under the user's settings (the manifest declares none: see lib/access/site-patterns.ts). It is
 * brought in line on every background start, every settings change and every grant or withdrawal,
 * including the user's own in Chrome's site access menu or Firefox's add-on manager.
 */

export const CONTENT_SCRIPT_ID = 'quotetrace-content';
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** Origins the packs from a URL download from: a site change must not give them back. */
async function feedPatterns(): Promise<string[]> {
  return (await listFeeds().catch(() => [])).map((f) => feedPattern(f.url));
}

async function registeredMatches(): Promise<string[] | null> {
  const [found] = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  return found ? (found.matches ?? []) : null;
}

async function syncRegistration(): Promise<void> {
  const s = await getSettings();
  const isGranted = await grantedSet([...ALL_SITES, ...neededPatterns(s)]);
  const change = registrationChange(await registeredMatches(), contentScriptMatches(s, isGranted));
  if (change.kind === 'none') return;
  if (change.kind === 'unregister') return browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  // As the manifest entry was: top frame, once the page is parsed; kept across restarts.
  const script = { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: change.matches, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (change.kind === 'update') await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  await startInOpenTabs(change.matches);
}

/**
 * A registration reaches pages loaded from now on: pages already open on a site just granted get
 * the script too (a tab whose script answers has one; the script itself also refuses to run twice).
 */
async function startInOpenTabs(matches: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches, status: 'complete' }).catch(() => []);
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : startInTab(t.id))));
}

/** Gives back what a settings change made unneeded (no gesture needed to give back). */
async function releaseAfter(prev: SiteAccessSettings, next: SiteAccessSettings): Promise<void> {
  const origins = patternsNoLongerNeeded(prev, next, await feedPatterns());
  if (origins.length) await browser.permissions.remove({ origins }).catch((e: unknown) => console.warn('QuoteTrace: access kept', origins, e));
}

/** Of a removed pack's origins, those no allowed site needs (used by the feeds' own release). */
export async function releasableForFeeds(patterns: readonly string[], remainingFeeds: readonly string[]): Promise<string[]> {
  return releasable(patterns, await getSettings(), remainingFeeds);
}

// One change at a time: two registrations of the same id at once fail. The first waits for the
// settings to be moved from storage.sync: read before, an update would see the defaults ("all
// sites") and keep an all-sites grant the user's "only the sites I allow" forbids.
let queue: Promise<unknown> = Promise.resolve();
function serial(job: () => Promise<void>): Promise<void> {
  const run = queue.then(job, job);
  queue = run.catch((e: unknown) => console.error('QuoteTrace: content script registration failed', e));
  return run;
}

export const syncSiteAccess = () => serial(syncRegistration);

/**
 * After an update from a version whose manifest held every site: with "only the sites I allow"
 * chosen, that access goes (Firefox keeps a grant that moved from required to optional). The
 * allowed sites are then asked for from the popup or options, one click.
 */
async function enforceBoundary(): Promise<void> {
  const s = await getSettings();
  if (s.siteMode !== 'allowlist') return;
  const isGranted = await grantedSet(ALL_SITES);
  const held = ALL_SITES.filter(isGranted);
  if (held.length) await browser.permissions.remove({ origins: held });
}

export function installSiteAccess(settingsReady: Promise<void>): void {
  queue = settingsReady.catch(() => undefined);
  browser.permissions.onAdded.addListener(() => void syncSiteAccess());
  browser.permissions.onRemoved.addListener(() => void syncSiteAccess());
  settingsItem.watch((next: Settings | null, prev: Settings | null) => {
    void serial(async () => {
      await releaseAfter({ ...DEFAULT_SETTINGS, ...prev }, { ...DEFAULT_SETTINGS, ...next });
      await syncRegistration();
    });
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void serial(async () => {
      if (reason === 'update') await enforceBoundary();
      await syncRegistration();
      // Pages open through an install or update run the new version (the old one is cut off).
      const matches = await registeredMatches();
      if (matches?.length) await startInOpenTabs(matches);
      // Chromium does not carry an all-sites grant over when an update moves it from required to
      // optional (measured; Firefox does): the reader is shown the one button that gives it back.
      else if (reason === 'update' && (await getSettings()).siteMode === 'all') await browser.runtime.openOptionsPage();
    });
  });
  void syncSiteAccess();
}
