/**
 * Which choice the welcome page shows as made, from what is stored and granted (no flag of its
 * own): "only the sites I allow" once saved; "all sites" only while the browser grants every site
 * (a fresh install stores "all" by default but holds nothing, and a withdrawal undoes the choice).
 */
export function chosenMode(siteMode: 'all' | 'allowlist', allSitesGranted: boolean): 'all' | 'allowlist' | null {
  if (siteMode === 'allowlist') return 'allowlist';
  return allSitesGranted ? 'all' : null;
}
