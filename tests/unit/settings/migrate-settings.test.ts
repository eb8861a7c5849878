import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt's storage reads the browser from globalThis (@wxt-dev/browser), so the fake goes there
// before the settings module is loaded.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
const { DEFAULT_SETTINGS, getSettings, migrateSettings, updateSettings } = await import('../../../platform/settings');

/**
 * What versions before #12 wrote: the whole settings object in storage.sync under "settings", at
 * most about 230 rules (the 8 KB item limit).
 */
const OLD_RULES = Array.from({ length: 220 }, (_, i) => `site-${i}.example.org`);
const OLD = { siteMode: 'allowlist', allowedSites: OLD_RULES, disabledSites: ['www.news.example'], highlightStyle: 'underline', strictness: 'strict' };

beforeEach(() => fakeBrowser.reset());

describe('settings from storage.sync move to storage.local', () => {
  it('moves every field and every site rule, then clears the old item', async () => {
    await fakeBrowser.storage.sync.set({ settings: OLD });
    await migrateSettings();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(OLD);
    expect(await getSettings()).toEqual(OLD);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
  });

  it('fills the fields the first version did not have (allowedSites) from the defaults, keeping the rest', async () => {
    const first = { siteMode: 'all', disabledSites: ['a.example', 'b.example'], highlightStyle: 'off', strictness: 'loose' };
    await fakeBrowser.storage.sync.set({ settings: first });
    await migrateSettings();
    expect(await getSettings()).toEqual({ ...first, allowedSites: [] });
  });

  it('keeps settings already saved in storage.local (newer than the old copy)', async () => {
    const newer = { ...DEFAULT_SETTINGS, strictness: 'strict' as const, disabledSites: ['kept.example'] };
    await fakeBrowser.storage.local.set({ settings: newer });
    await fakeBrowser.storage.sync.set({ settings: OLD });
    await migrateSettings();
    expect(await getSettings()).toEqual(newer);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
  });

  it('runs once: a second start changes nothing, and later saves are not overwritten', async () => {
    await fakeBrowser.storage.sync.set({ settings: OLD });
    await migrateSettings();
    await updateSettings({ allowedSites: [...OLD_RULES, 'added.example'] });
    await migrateSettings();
    expect((await getSettings()).allowedSites).toHaveLength(221);
  });

  it('with nothing old stored, leaves storage as it was (the defaults are read, not written)', async () => {
    await migrateSettings();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
