/**
 * Which host access QuoteTrace asks for, as match patterns. Nothing is granted at install: "all
 * sites" asks for ALL_SITES once (at first run), "only the sites I allow" asks for each site's
 * patterns when it is added, and the content script is registered for exactly what is granted.
 */

/** Every web page QuoteTrace can scan (http and https; no file:, ftp: or browser pages). */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

export interface SiteAccessSettings {
  siteMode: 'all' | 'allowlist';
  allowedSites: readonly string[];
}

/** IP addresses and single-label hosts have no subdomains to cover. */
function hasSubdomains(host: string): boolean {
  return host.includes('.') && !/^\d+(\.\d+){3}$/.test(host) && !host.startsWith('[');
}

/** The patterns of one site rule: the domain and its subdomains, http and https (a rule covers both). */
export function sitePatterns(rule: string): string[] {
  const host = rule.trim().toLowerCase();
  if (!host) return [];
  return hasSubdomains(host) ? [`*://${host}/*`, `*://*.${host}/*`] : [`*://${host}/*`];
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

/**
 * Where the content script is registered: the needed patterns the browser has granted (the user
 * can withdraw a grant at any time, in Chrome's site access menu or Firefox's add-on manager).
 */
export function contentScriptMatches(s: SiteAccessSettings, isGranted: (pattern: string) => boolean): string[] {
  if (s.siteMode === 'all') return ALL_SITES.filter(isGranted);
  return s.allowedSites.filter((rule) => sitePatterns(rule).every(isGranted)).flatMap(sitePatterns);
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
