import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AccessNotice } from '../../components/AccessNotice';
import { Mark } from '../../components/Mark';
import { SiteListEditor } from '../../components/SiteListEditor';
import { t } from '../../platform/i18n';
import { getSettings, settingsItem, updateSettings, type Settings } from '../../platform/settings';
import { requestAllSites, requestSites, useAccess } from '../../platform/site-access';
import { chosenMode } from './chosen-mode';

/** Firefox names its menus differently (and lets the user withdraw host access in the add-on's Permissions tab). */
const isFirefox = browser.runtime.getURL('/').startsWith('moz-extension:');

/**
 * The first thing a new install shows: where QuoteTrace may run, and what each choice asks of the
 * browser. Nothing is granted before a click here (the manifest holds no host access).
 */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  const access = useAccess(settings);
  const chosen = settings && access ? chosenMode(settings.siteMode, access.allSites) : null;

  const save = (patch: Partial<Settings>) =>
    updateSettings(patch).then(setSettings, (e: unknown) => setError(t('settings_save_failed', [e instanceof Error ? e.message : String(e)])));
  // permissions.request runs inside the click, before any await (it needs the user's gesture).
  const ask = (request: Promise<boolean>, what: string, then: () => void) => {
    setError(null);
    request.then((ok) => (ok ? then() : setError(t('access_denied', [what]))), (e: unknown) => setError(t('access_denied', [`${what} (${String(e)})`])));
  };
  const onAll = () => ask(requestAllSites(), t('access_all_sites'), () => void save({ siteMode: 'all' }));
  // Nothing to ask for: the background gives back an all-sites grant this mode no longer needs.
  const onAllowlist = () => void save({ siteMode: 'allowlist' });
  const onAllowedSites = (allowedSites: string[]) => {
    const added = allowedSites.filter((h) => !settings?.allowedSites.includes(h));
    ask(requestSites(added), added.join(', '), () => void save({ allowedSites }));
  };

  return (
    <main class="qt-welcome">
      <header class="qt-options__head">
        <Mark class="qt-options__mark" />
        <h1>{t('welcome_title')}</h1>
      </header>
      <p class="qt-welcome__intro">{t('welcome_intro')}</p>

      <div class="qt-welcome__choices" role="group" aria-label={t('options_where')}>
        <section class={`qt-welcome__choice${chosen === 'all' ? ' is-chosen' : ''}`} data-testid="welcome-all" aria-labelledby="welcome-all-title">
          <h2 id="welcome-all-title">{t('welcome_all_title')}</h2>
          <p>{t('welcome_all_body')}</p>
          {chosen === 'all' ? (
            <p class="qt-welcome__chosen">✓ {t('welcome_chosen')}</p>
          ) : (
            <button type="button" class="qt-button qt-button--primary" data-testid="welcome-choose-all" onClick={onAll}>
              {t('access_grant_all')}
            </button>
          )}
        </section>
        <section class={`qt-welcome__choice${chosen === 'allowlist' ? ' is-chosen' : ''}`} data-testid="welcome-allowlist" aria-labelledby="welcome-allowlist-title">
          <h2 id="welcome-allowlist-title">{t('welcome_allowlist_title')}</h2>
          <p>{t('welcome_allowlist_body')}</p>
          {chosen === 'allowlist' ? (
            <p class="qt-welcome__chosen">✓ {t('welcome_chosen')}</p>
          ) : (
            <button type="button" class="qt-button" data-testid="welcome-choose-allowlist" onClick={onAllowlist}>
              {t('welcome_allowlist_choose')}
            </button>
          )}
        </section>
      </div>

      {error && (
        <p class="qt-error" role="alert" data-testid="welcome-error">
          {error}
        </p>
      )}
      <p class="qt-welcome__status" role="status" data-testid="welcome-status">
        {chosen ? t(chosen === 'all' ? 'welcome_done_all' : 'welcome_done_allowlist') : ''}
      </p>

      {settings && access && chosen === 'allowlist' && (
        <section class="qt-section qt-welcome__sites">
          <AccessNotice t={t} siteMode="allowlist" allSites={access.allSites} missingSites={access.missingSites} onGrantAll={onAll} onGrantSites={(s) => ask(requestSites(s), s.join(', '), () => undefined)} />
          <SiteListEditor id="allowed" label={t('options_allowed_sites')} sites={settings.allowedSites} t={t} onChange={onAllowedSites} />
        </section>
      )}

      <p class="qt-welcome__note" data-testid="welcome-withdraw">
        {t(isFirefox ? 'welcome_withdraw_firefox' : 'welcome_withdraw_chromium')}
      </p>
      <p class="qt-welcome__links">
        <a href="/options.html" data-testid="welcome-options">
          {t('welcome_options')}
        </a>
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('options_privacy_policy')}
        </a>
      </p>
    </main>
  );
}
