import { storage } from 'wxt/utils/storage';

export type HighlightStyle = 'full' | 'underline' | 'off';
export type Strictness = 'strict' | 'balanced' | 'loose';

export interface Settings {
  /** all: every site except those turned off; allowlist: only the sites in allowedSites. */
  siteMode: 'all' | 'allowlist';
  allowedSites: string[];
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  strictness: Strictness;
}

export const DEFAULT_SETTINGS: Settings = {
  siteMode: 'all',
  allowedSites: [],
  disabledSites: [],
  highlightStyle: 'full',
  strictness: 'balanced',
};

/**
 * Settings live in storage.local: site lists grow, and storage.sync allows 8 KB per item (about
 * 230 site rules), past which every save failed. Settings from before are moved over once.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
const legacySyncItem = storage.defineItem<Settings | null>('sync:settings', { fallback: null });

/** Moves settings saved by earlier versions (storage.sync) to storage.local, once. */
export async function migrateSettings(): Promise<void> {
  const [local, legacy] = await Promise.all([storage.getItem<Settings>('local:settings'), legacySyncItem.getValue().catch(() => null)]);
  if (!legacy) return;
  if (!local) await settingsItem.setValue({ ...DEFAULT_SETTINGS, ...legacy });
  await legacySyncItem.removeValue().catch(() => {});
}

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Saves a change; rejects (with the browser's reason) when storage refuses it. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** A site rule as stored: a host name, lower case, no scheme, port, path or trailing dot. */
export function normalizeSiteRule(raw: string): string {
  return raw.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:?#].*$/, '').replace(/\.+$/, '');
}

/** A rule covers its domain and every subdomain: `example.com` covers `www.example.com`. */
export function ruleCovers(rule: string, host: string): boolean {
  const r = normalizeSiteRule(rule);
  const h = normalizeSiteRule(host);
  return r.length > 0 && (h === r || h.endsWith(`.${r}`));
}

/** Whether QuoteTrace should run on a host under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  if (settings.siteMode === 'allowlist') return settings.allowedSites.some((r) => ruleCovers(r, host));
  return !settings.disabledSites.some((r) => ruleCovers(r, host));
}

/**
 * Flip one site on or off, respecting the current mode. Turning a site on in "all sites" mode
 * removes every rule that covers it (a rule for its parent domain too: the switch must take).
 */
export function toggleSite(settings: Settings, host: string, on: boolean): Partial<Settings> {
  const site = normalizeSiteRule(host);
  const without = (list: string[]) => list.filter((r) => !ruleCovers(r, site));
  if (settings.siteMode === 'allowlist') {
    return { allowedSites: on ? [...settings.allowedSites.filter((r) => normalizeSiteRule(r) !== site), site] : without(settings.allowedSites) };
  }
  return { disabledSites: on ? without(settings.disabledSites) : [...settings.disabledSites.filter((r) => normalizeSiteRule(r) !== site), site] };
}
