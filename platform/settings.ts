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

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Whether QuoteTrace should run on a host under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  if (settings.siteMode === 'allowlist') return settings.allowedSites.includes(host);
  return !settings.disabledSites.includes(host);
}

/** Flip one site on or off, respecting the current mode. */
export function toggleSite(settings: Settings, host: string, on: boolean): Partial<Settings> {
  const without = (list: string[]) => list.filter((h) => h !== host);
  if (settings.siteMode === 'allowlist') {
    return { allowedSites: on ? [...without(settings.allowedSites), host] : without(settings.allowedSites) };
  }
  return { disabledSites: on ? without(settings.disabledSites) : [...without(settings.disabledSites), host] };
}
