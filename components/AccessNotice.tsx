import type { Translate } from './i18n';

/**
 * Said where the reader decides (popup, options) when the browser does not grant what the
 * settings need: never granted (a new install), or withdrawn in the browser's own menus. The
 * buttons ask the browser, inside the click.
 */
export function AccessNotice(props: {
  t: Translate;
  siteMode: 'all' | 'allowlist';
  allSites: boolean;
  missingSites: readonly string[];
  onGrantAll: () => void;
  onGrantSites: (sites: readonly string[]) => void;
}) {
  const { t, siteMode, allSites, missingSites } = props;
  if (siteMode === 'all' && !allSites) {
    return (
      <div class="qt-access" role="status" data-testid="access-missing">
        <p>{t('access_all_missing')}</p>
        <button type="button" class="qt-button qt-button--primary" data-testid="grant-all-sites" onClick={props.onGrantAll}>
          {t('access_grant_all')}
        </button>
      </div>
    );
  }
  if (siteMode === 'allowlist' && missingSites.length > 0) {
    return (
      <div class="qt-access" role="status" data-testid="access-missing">
        <p>{t('access_sites_missing', [missingSites.join(', ')])}</p>
        <button type="button" class="qt-button" data-testid="grant-sites" onClick={() => props.onGrantSites(missingSites)}>
          {t('access_grant_sites')}
        </button>
      </div>
    );
  }
  return null;
}
