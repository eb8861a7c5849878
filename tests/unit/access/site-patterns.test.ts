import { describe, expect, test } from 'vitest';
import {
  ALL_SITES,
  contentScriptMatches,
  neededPatterns,
  patternsNoLongerNeeded,
  registrationChange,
  releasable,
  sitePatterns,
  sitesWithoutAccess,
} from '../../../lib/access/site-patterns';

const allow = (...allowedSites: string[]) => ({ siteMode: 'allowlist' as const, allowedSites });
const all = { siteMode: 'all' as const, allowedSites: ['kept.example'] };
const grantedOnly = (list: string[]) => (p: string) => list.includes(p);

describe('sitePatterns', () => {
  test('a domain gives itself and its subdomains, http and https, each scheme named (the manifest lists them apart)', () => {
    expect(sitePatterns(' Example.org ')).toEqual(['http://example.org/*', 'https://example.org/*', 'http://*.example.org/*', 'https://*.example.org/*']);
  });

  test('an IP address or a single-label host has no subdomains', () => {
    expect(sitePatterns('127.0.0.1')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    expect(sitePatterns('localhost')).toEqual(['http://localhost/*', 'https://localhost/*']);
  });

  test.each(['', '  ', 'exa mple.org', 'a/b', '*.example.org', 'example.org:8080', 'ex*ample.org'])('%j gives no pattern (none could be asked for)', (rule) => {
    expect(sitePatterns(rule)).toEqual([]);
  });
});

describe('what to hold and what to give back', () => {
  test('"all sites" needs http and https everywhere, whatever the allow list holds', () => {
    expect(neededPatterns(all)).toEqual([...ALL_SITES]);
  });

  test('"only the sites I allow" needs the allowed sites and nothing else, no duplicates', () => {
    const n = neededPatterns(allow('example.org', 'example.org', 'news.test'));
    expect(n).toHaveLength(8);
    expect(n).not.toContain('http://*/*');
    expect(n).not.toContain('https://*/*');
  });

  test('switching to the allow list gives back all-sites access; switching back gives back the sites', () => {
    expect(patternsNoLongerNeeded(all, allow('example.org'))).toEqual([...ALL_SITES]);
    expect(patternsNoLongerNeeded(allow('example.org'), { ...all, allowedSites: ['example.org'] })).toEqual(sitePatterns('example.org'));
  });

  test('removing one allowed site gives back only its patterns', () => {
    expect(patternsNoLongerNeeded(allow('a.test', 'b.test'), allow('b.test'))).toEqual(sitePatterns('a.test'));
  });

  test("a pattern a pack's download still uses is kept", () => {
    const feed = 'https://data.a.test/*';
    expect(patternsNoLongerNeeded(allow('data.a.test'), allow(), [feed])).toEqual(['http://data.a.test/*', 'http://*.data.a.test/*', 'https://*.data.a.test/*']);
  });

  test("a pack's origin is kept while an allowed site needs it, given back when nothing does", () => {
    expect(releasable(['https://127.0.0.1/*'], allow('127.0.0.1'))).toEqual([]);
    expect(releasable(['https://127.0.0.1/*'], allow('example.org'))).toEqual(['https://127.0.0.1/*']);
    // In "all sites" mode the pack's own grant goes; all-sites access stays (it is another pattern).
    expect(releasable(['https://127.0.0.1/*'], all)).toEqual(['https://127.0.0.1/*']);
    expect(releasable(['https://127.0.0.1/*'], allow(), ['https://127.0.0.1/*'])).toEqual([]);
  });
});

describe('where the content script runs', () => {
  test('"all sites": what is granted of http and https', () => {
    expect(contentScriptMatches(all, () => true)).toEqual([...ALL_SITES]);
    expect(contentScriptMatches(all, grantedOnly(['https://*/*']))).toEqual(['https://*/*']);
    expect(contentScriptMatches(all, () => false)).toEqual([]);
  });

  test('allow list: only sites whose every pattern is granted; a withdrawn one is missing', () => {
    const s = allow('a.test', 'b.test');
    const granted = grantedOnly([...sitePatterns('a.test'), 'https://b.test/*']);
    expect(contentScriptMatches(s, granted)).toEqual(sitePatterns('a.test'));
    expect(sitesWithoutAccess(s, granted)).toEqual(['b.test']);
    expect(sitesWithoutAccess(all, () => false)).toEqual([]);
  });

  test('all-sites access alone does not make an allow-list mode run everywhere', () => {
    expect(contentScriptMatches(allow(), grantedOnly([...ALL_SITES]))).toEqual([]);
  });

  test('registration changes: register, update only when the set differs, unregister when nothing is granted', () => {
    expect(registrationChange(null, [])).toEqual({ kind: 'none' });
    expect(registrationChange(['https://*/*'], [])).toEqual({ kind: 'unregister' });
    expect(registrationChange(null, ['https://*/*'])).toEqual({ kind: 'register', matches: ['https://*/*'] });
    expect(registrationChange(['https://*/*', 'http://*/*'], [...ALL_SITES])).toEqual({ kind: 'none' });
    expect(registrationChange(['https://*/*'], [...ALL_SITES])).toEqual({ kind: 'update', matches: [...ALL_SITES] });
  });
});
