import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AccessNotice } from '../../components/AccessNotice';
import { Mark } from '../../components/Mark';
import { PageStatus } from '../../components/PageStatus';
import { PageSummary } from '../../components/PageSummary';
import type { TabResults } from '../../lib/results/quote-record';
import { summarizeQuotes } from '../../lib/results/quote-record';
import { getTabInfo, pinnedTabId, resolveTabId, scannableHost, type TabInfo } from '../../platform/active-tab';
import { PackProblem } from '../../components/PackProblem';
import { useBundledPackMissing } from '../../platform/bundled-pack';
import { t } from '../../platform/i18n';
import { askTab } from '../../platform/messaging';
import { getSettings, isSiteEnabled, settingsItem, toggleSite, updateSettings, type Settings } from '../../platform/settings';
import { requestAllSites, requestSites, startInTab, useAccess } from '../../platform/site-access';
import { watchTabResults } from '../../platform/tab-results';
import { openSidePanel } from './open-side-panel';

/** The popup: this page at a glance, QuoteTrace on or off for the site, and the way to the panel. */
export function App() {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [results, setResults] = useState<TabResults | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void resolveTabId().then(async (id) => setTab(id === null ? null : await getTabInfo(id)));
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  useEffect(() => (tab ? watchTabResults(tab.id, setResults) : undefined), [tab?.id]);

  // Without the "tabs" permission the tab's URL may be hidden: the results carry it too.
  const url = tab?.url || results?.url || '';
  const host = url ? scannableHost(url) : null;
  const enabled = settings && host ? isSiteEnabled(settings, host) : false;

  const access = useAccess(settings);
  const onToggle = (on: boolean) => {
    if (!settings || !host) return;
    setNotice(null);
    const patch = toggleSite(settings, host, on);
    // "Only the sites I allow": the site's access is asked for inside this click, before saving.
    const ask = on && settings.siteMode === 'allowlist' ? requestSites(patch.allowedSites?.filter((r) => !settings.allowedSites.includes(r)) ?? []) : Promise.resolve(true);
    ask
      .then(async (granted) => {
        if (!granted) throw new Error(t('access_denied', [host]));
        setSettings(await updateSettings(patch));
        if (on && tab) await startInTab(tab.id);
      })
      .catch((e: unknown) => {
        // The switch goes back to what is stored, and the user is told why.
        setSettings({ ...settings });
        setNotice(t('settings_save_failed', [e instanceof Error ? e.message : String(e)]));
      });
  };
  const onGranted = (ask: Promise<boolean>, what: string) => {
    setNotice(null);
    ask.then(
      (granted) => (granted ? tab && startInTab(tab.id) : setNotice(t('access_denied', [what]))),
      (e: unknown) => setNotice(t('access_denied', [`${what} (${e instanceof Error ? e.message : String(e)})`])),
    );
  };
  const onOpenPanel = () => {
    if (!tab) return;
    setNotice(null);
    openSidePanel(tab.id).then(
      () => {
        if (pinnedTabId() === null) window.close();
      },
      (e: unknown) => setNotice(t('popup_panel_failed', [e instanceof Error ? e.message : String(e)])),
    );
  };
  const onOptions = () => void browser.runtime.openOptionsPage();
  const onRescan = async () => {
    if (!tab) return;
    const reply = await askTab(tab.id, 'page:rescan', {});
    setNotice(reply.ok ? null : t('rescan_failed', [reply.error]));
  };

  const packMissing = useBundledPackMissing();
  return (
    <div class="qt-popup">
      <header class="qt-top">
        <Mark class="qt-top__mark" />
        <div class="qt-top__titles">
          <h1>{t('extName')}</h1>
          {tab && <p class="qt-top__sub">{host || tab.title || tab.url}</p>}
        </div>
      </header>
      <main>
        <PackProblem t={t} missing={packMissing} />
        {settings && access && (
          <AccessNotice
            t={t}
            siteMode={settings.siteMode}
            allSites={access.allSites}
            // Here only this page's site matters.
            missingSites={host ? access.missingSites.filter((r) => isSiteEnabled({ ...settings, allowedSites: [r] }, host)) : []}
            onGrantAll={() => onGranted(requestAllSites(), t('access_all_sites'))}
            onGrantSites={(sites) => onGranted(requestSites(sites), sites.join(', '))}
          />
        )}
        {host && settings && (
          <div class="qt-popup__site">
            <label class="qt-switch">
              <span>{t('popup_site_toggle', [host])}</span>
              <input type="checkbox" role="switch" data-testid="site-toggle" checked={enabled} onChange={(e) => onToggle(e.currentTarget.checked)} />
            </label>
          </div>
        )}
        <div class="qt-popup__body">
          {body()}
        </div>
        {notice && (
          <p class="qt-error qt-popup__error" role="alert">
            {notice}
          </p>
        )}
      </main>
      <footer class="qt-popup__actions">
        {tab && host && (
          <button type="button" class="qt-button qt-button--primary" data-testid="open-panel" onClick={onOpenPanel}>
            {t('popup_open_panel')}
          </button>
        )}
        <button type="button" class="qt-button qt-button--link" data-testid="open-options" onClick={onOptions}>
          {t('popup_options')}
        </button>
      </footer>
    </div>
  );

  function body() {
    return (
      <PageStatus t={t} tab={tab} url={url} host={host} siteOff={!!settings && !enabled} waiting={!!host && !settings} results={results} onRescan={() => void onRescan()}>
        {(r) => <PageSummary summary={summarizeQuotes(r.quotes)} t={t} />}
      </PageStatus>
    );
  }

}
