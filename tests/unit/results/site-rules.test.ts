import { describe, expect, test, vi } from 'vitest';

// platform/settings.ts defines storage items at import; the rules themselves are pure.
vi.mock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}), getItem: async () => null } }));
const { DEFAULT_SETTINGS, isSiteEnabled, normalizeSiteRule, ruleCovers, toggleSite } = await import('../../../platform/settings');

describe('site rules', () => {
  test('a rule covers its domain and its subdomains, nothing else', () => {
    expect(ruleCovers('example.com', 'example.com')).toBe(true);
    expect(ruleCovers('example.com', 'www.example.com')).toBe(true);
    expect(ruleCovers('example.com', 'a.b.example.com')).toBe(true);
    expect(ruleCovers('example.com', 'badexample.com')).toBe(false);
    expect(ruleCovers('example.com', 'example.com.evil.net')).toBe(false);
    expect(ruleCovers('www.example.com', 'example.com')).toBe(false);
  });

  test('rules are normalised: case, scheme, port, path, trailing dot', () => {
    expect(normalizeSiteRule(' HTTPS://News.Example.com:8080/path?q ')).toBe('news.example.com');
    expect(normalizeSiteRule('example.com.')).toBe('example.com');
  });

  test('turning a site off covers its subdomains; turning it on again removes the covering rule', () => {
    const off = { ...DEFAULT_SETTINGS, ...toggleSite(DEFAULT_SETTINGS, 'example.com', false) };
    expect(isSiteEnabled(off, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(off, 'example.org')).toBe(true);
    const on = { ...off, ...toggleSite(off, 'www.example.com', true) };
    expect(isSiteEnabled(on, 'www.example.com')).toBe(true);
  });

  test('allow-list mode: an allowed domain covers its subdomains', () => {
    const s = { ...DEFAULT_SETTINGS, siteMode: 'allowlist' as const, allowedSites: ['example.com'] };
    expect(isSiteEnabled(s, 'news.example.com')).toBe(true);
    expect(isSiteEnabled(s, 'example.net')).toBe(false);
  });

  test('500 rules: a site is still found (no sync item limit applies to storage.local)', () => {
    const rules = Array.from({ length: 500 }, (_, i) => `site-${i}.example`);
    const s = { ...DEFAULT_SETTINGS, disabledSites: rules };
    expect(isSiteEnabled(s, 'www.site-499.example')).toBe(false);
    expect(JSON.stringify(s).length).toBeGreaterThan(8_192);
  });
});
