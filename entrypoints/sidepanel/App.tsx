import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Mark } from '../../components/Mark';
import { PageStatus } from '../../components/PageStatus';
import { QuoteList } from '../../components/QuoteList';
import { SearchPanel } from '../../components/SearchPanel';
import { SelectionCheck } from '../../components/SelectionCheck';
import { ViewTabs } from '../../components/ViewTabs';
import type { TabResults } from '../../lib/results/quote-record';
import { followActiveTab, getTabInfo, scannableHost, type TabInfo } from '../../platform/active-tab';
import { PackProblem } from '../../components/PackProblem';
import { useBundledPackMissing } from '../../platform/bundled-pack';
import { t, uiLocale } from '../../platform/i18n';
import { askBackground, askTab } from '../../platform/messaging';
import { watchPendingCheck, type PendingCheck } from '../../platform/pending-check';
import { getSettings, isSiteEnabled, settingsItem, type Settings } from '../../platform/settings';
import { watchTabResults } from '../../platform/tab-results';

type View = 'page' | 'search' | 'selection';
/** A check this recent when the panel opens is why it was opened: show it. */
const FRESH_CHECK_MS = 2 * 60_000;

const locale = uiLocale();
const search = (query: string) => askBackground('db:search', { query, limit: 20 });

/** The side panel: the current tab's quotes, a database search, and the context-menu check. */
export function App() {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [results, setResults] = useState<TabResults | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [check, setCheck] = useState<PendingCheck | null>(null);
  const [view, setView] = useState<View>('page');
  const [notice, setNotice] = useState<string | null>(null);
  const seenCheck = useRef<number | null>(null);

  useEffect(() => followActiveTab((id) => void (id === null ? setTab(null) : getTabInfo(id).then(setTab))), []);
  useEffect(() => {
    setResults(undefined);
    setNotice(null);
    return tab ? watchTabResults(tab.id, setResults) : undefined;
  }, [tab?.id]);
  useEffect(() => {
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  useEffect(
    () =>
      watchPendingCheck((next) => {
        setCheck(next);
        if (!next || next.at === seenCheck.current) return;
        const first = seenCheck.current === null;
        seenCheck.current = next.at;
        if (!first || Date.now() - next.at < FRESH_CHECK_MS) setView('selection');
      }),
    [],
  );

  const onSelect = async (id: string) => {
    if (!tab) return;
    const reply = await askTab(tab.id, 'quote:focus', { id });
    setNotice(reply.ok ? null : t('panel_focus_failed', [reply.error]));
  };

  // Without the "tabs" permission the tab's URL may be hidden: the results carry it too.
  const url = tab?.url || results?.url || '';
  const onRescan = async () => {
    if (!tab) return;
    const reply = await askTab(tab.id, 'page:rescan', {});
    setNotice(reply.ok ? null : t('rescan_failed', [reply.error]));
  };

  const host = url ? scannableHost(url) : null;
  const packMissing = useBundledPackMissing();
  return (
    <div class="qt-panel">
      <header class="qt-top">
        <Mark class="qt-top__mark" />
        <div class="qt-top__titles">
          <h1>{t('extName')}</h1>
          {tab && <p class="qt-top__sub">{results?.title || tab.title || host || tab.url}</p>}
        </div>
      </header>
      <main>
        <PackProblem t={t} missing={packMissing} />
        <ViewTabs
          label={t('panel_views')}
          current={view}
          onChange={setView}
          tabs={[
            { key: 'page', label: t('panel_tab_page') },
            { key: 'search', label: t('panel_tab_search') },
            { key: 'selection', label: t('panel_tab_selection') },
          ]}
        />
        <div class="qt-panel__body">
          <ViewPanel view="page" current={view}>
            {notice && (
              <p class="qt-error" role="alert">
                {notice}
              </p>
            )}
            {pageView()}
          </ViewPanel>
          <ViewPanel view="search" current={view}>
            <SearchPanel t={t} locale={locale} search={search} />
          </ViewPanel>
          <ViewPanel view="selection" current={view}>
            <SelectionCheck check={check} t={t} locale={locale} search={search} onCheck={(text) => void askBackground('selection:check', { text })} />
          </ViewPanel>
        </div>
      </main>
    </div>
  );

  function pageView() {
    return (
      <PageStatus t={t} tab={tab} url={url} host={host} siteOff={!!settings && !!host && !isSiteEnabled(settings, host)} results={results} onRescan={() => void onRescan()}>
        {(r) => <QuoteList quotes={r.quotes} t={t} locale={locale} onSelect={(id) => void onSelect(id)} />}
      </PageStatus>
    );
  }

}

/** Views stay mounted when hidden, so a search or an expanded quote survives switching views. */
function ViewPanel(props: { view: View; current: View; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={`qt-view-${props.view}`} aria-labelledby={`qt-tab-${props.view}`} hidden={props.view !== props.current}>
      {props.children}
    </div>
  );
}
