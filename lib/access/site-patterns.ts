/**
 * Which host access QuoteTrace holds, as match patterns. The manifest grants none: every host is
 * optional (optional_host_permissions in MV3, optional_permissions in Firefox MV2). "All sites"
 * holds ALL_SITES; "only the sites I allow" holds each allowed site's patterns and nothing else.
 * The content script is registered at run time for exactly what is granted.
 *
 * Patterns name their scheme (no `*://`): a requested pattern must sit inside one manifest
 * pattern, and the manifest lists http and https apart.
 */

/** Every web page QuoteTrace can scan (http and https; no file:, ftp: or browser pages). */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

export interface SiteAccessSettings {
  siteMode: 'all' | 'allowlist';
  allowedSites: readonly string[];
}

/** IP addresses, bracketed IPv6 and single-label hosts have no subdomains to cover. */
function hasSubdomains(host: string): boolean {
  return host.includes('.') && !/^\d+(\.\d+){3}$/.test(host) && !host.startsWith('[');
}

/** A host a match pattern can name: letters, digits, dots, dashes (punycode for others), or an IPv6 literal. */
function validHost(host: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host);
}

/**
 * The patterns of one site rule: the domain and its subdomains, http and https (a rule covers
 * both schemes, as isSiteEnabled does). A rule no pattern can express gives none.
 */
export function sitePatterns(rule: string): string[] {
  const host = rule.trim().toLowerCase();
  if (!host || !validHost(host)) return [];
  const hosts = hasSubdomains(host) ? [host, `*.${host}`] : [host];
  return hosts.flatMap((h) => [`http://${h}/*`, `https://${h}/*`]);
}

/** The host access these settings need for the content script. */
export function neededPatterns(s: SiteAccessSettings): string[] {
  if (s.siteMode === 'all') return [...ALL_SITES];
  return [...new Set(s.allowedSites.flatMap(sitePatterns))];
}

/**
 * Patterns to give back after a settings change: those the old settings needed and the new ones
 * do not, unless something else (a pack's download origin) still uses them.
 */
export function patternsNoLongerNeeded(prev: SiteAccessSettings, next: SiteAccessSettings, keep: readonly string[] = []): string[] {
  const still = new Set([...neededPatterns(next), ...keep]);
  return neededPatterns(prev).filter((p) => !still.has(p));
}

/** Of these patterns, those nothing else needs: neither the site settings nor `keep` (packs' origins). */
export function releasable(patterns: readonly string[], s: SiteAccessSettings, keep: readonly string[] = []): string[] {
  const still = new Set([...neededPatterns(s), ...keep]);
  return [...new Set(patterns)].filter((p) => !still.has(p));
}

/**
 * Where the content script is registered: the needed patterns the browser has granted (the user
 * can withdraw a grant at any time, in Chrome's site access menu or Firefox's add-on manager). A
 * site counts only when all its patterns are granted, so a half-granted rule does not run.
 */
export function contentScriptMatches(s: SiteAccessSettings, isGranted: (pattern: string) => boolean): string[] {
  if (s.siteMode === 'all') return ALL_SITES.filter(isGranted);
  const granted = s.allowedSites.filter((rule) => {
    const p = sitePatterns(rule);
    return p.length > 0 && p.every(isGranted);
  });
  return [...new Set(granted.flatMap(sitePatterns))];
}

/** The allowed sites whose access is missing (never granted, or withdrawn). */
export function sitesWithoutAccess(s: SiteAccessSettings, isGranted: (pattern: string) => boolean): string[] {
  if (s.siteMode === 'all') return [];
  return s.allowedSites.filter((rule) => !sitePatterns(rule).every(isGranted));
}

/** Whether two pattern lists are the same set. */
export function samePatterns(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  return x.size === new Set(b).size && b.every((p) => x.has(p));
}

export type RegistrationChange = { kind: 'none' } | { kind: 'unregister' } | { kind: 'register'; matches: string[] } | { kind: 'update'; matches: string[] };

/** What to do with the content script's registration: `current` is its matches now (null: none). */
export function registrationChange(current: readonly string[] | null, wanted: readonly string[]): RegistrationChange {
  if (wanted.length === 0) return current === null ? { kind: 'none' } : { kind: 'unregister' };
  if (current === null) return { kind: 'register', matches: [...wanted] };
  return samePatterns(current, wanted) ? { kind: 'none' } : { kind: 'update', matches: [...wanted] };
}
