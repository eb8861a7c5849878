import { useEffect, useState } from 'preact/hooks';
import { AccessNotice } from '../../components/AccessNotice';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DatabaseList, ImportErrors } from '../../components/DatabaseList';
import { Mark } from '../../components/Mark';
import { SiteListEditor } from '../../components/SiteListEditor';
import type { DbInfo, ImportOutcome } from '../../lib/protocol/messages';
import { t, uiLocale } from '../../platform/i18n';
import { askBackground } from '../../platform/messaging';
import { getSettings, settingsItem, updateSettings, type Settings } from '../../platform/settings';
import { requestAllSites, requestSites, useAccess } from '../../platform/site-access';
import { decodeText } from './decode-text';
import { FeedSection } from './FeedSection';

const locale = uiLocale();
/** How long "Saved" stays after a change: long enough to read, gone before the next change. */
export const SAVED_NOTICE_MS = 2000;
// .tsv too: the CSV importer reads tab-separated files.
const ACCEPT = '.jsonl,.json,.csv,.tsv,.html,.htm,.qtpack';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'done'; fileName: string; outcome: ImportOutcome }
  | { kind: 'failed'; error: string };

/** Options: where QuoteTrace runs, how it marks pages, how strict it matches, its databases, data. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // The time of the last save (a number, so a second save restarts the notice's timer).
  const [saved, setSaved] = useState<number | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [db, setDb] = useState<DbInfo | null>(null);
  const [dbError, setDbError] = useState<string | null>(null);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });

  const refreshDb = async () => {
    const reply = await askBackground('db:info', {});
    if (reply.ok) {
      setDb(reply.value);
      setDbError(null);
    } else setDbError(reply.error);
  };
  useEffect(() => {
    void getSettings().then(setSettings);
    void refreshDb();
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  useEffect(() => {
    if (saved === null) return;
    const timer = setTimeout(() => setSaved(null), SAVED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [saved]);

  const [saveError, setSaveError] = useState<string | null>(null);
  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await updateSettings(patch));
      setSaveError(null);
      setSaved((n) => (n ?? 0) + 1);
    } catch (e) {
      setSaved(null);
      setSaveError(t('settings_save_failed', [e instanceof Error ? e.message : String(e)]));
      setSettings(await getSettings());
    }
  };
  // Host access is asked for inside the click (permissions.request needs the gesture), before
  // the change is saved: a site the browser refuses is not added, a mode it refuses is not chosen.
  const access = useAccess(settings);
  const [accessError, setAccessError] = useState<string | null>(null);
  const asked = (ask: Promise<boolean>, what: string, then: () => void) => {
    setAccessError(null);
    ask.then(
      (granted) => (granted ? then() : setAccessError(t('access_denied', [what]))),
      (e: unknown) => setAccessError(t('access_denied', [`${what} (${e instanceof Error ? e.message : String(e)})`])),
    );
  };
  const onSiteMode = (siteMode: Settings['siteMode']) => {
    if (!settings) return;
    const ask = siteMode === 'all' ? requestAllSites() : requestSites(settings.allowedSites);
    // The radio shows the stored mode until the browser has answered.
    setSettings({ ...settings });
    asked(ask, siteMode === 'all' ? t('access_all_sites') : settings.allowedSites.join(', '), () => void save({ siteMode }));
  };
  const onAllowedSites = (allowedSites: string[]) => {
    if (!settings) return;
    const added = allowedSites.filter((h) => !settings.allowedSites.includes(h));
    asked(requestSites(added), added.join(', '), () => void save({ allowedSites }));
  };
  const onGrantSites = (sites: readonly string[]) => asked(requestSites(sites), sites.join(', '), () => undefined);
  const onGrantAll = () => asked(requestAllSites(), t('access_all_sites'), () => undefined);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setImportState({ kind: 'busy', fileName: file.name });
    try {
      const text = decodeText(await file.arrayBuffer(), file.name);
      const reply = await askBackground('db:import', { fileName: file.name, text });
      setImportState(reply.ok ? { kind: 'done', fileName: file.name, outcome: reply.value } : { kind: 'failed', error: reply.error });
    } catch (e) {
      setImportState({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
    input.value = '';
    await refreshDb();
  };
  const onRemove = async (id: string) => {
    const reply = await askBackground('db:remove', { id });
    if (!reply.ok) setDbError(reply.error);
    await refreshDb();
  };

  return (
    <main class="qt-options">
      <header class="qt-options__head">
        <Mark class="qt-options__mark" />
        <h1>{t('options_title')}</h1>
        <p class="qt-options__saved" role="status">
          {saved !== null ? t('options_saved') : ''}
        </p>
        {saveError && (
          <p class="qt-error" role="alert" data-testid="settings-save-error">
            {saveError}
          </p>
        )}
      </header>

      {settings && (
        <>
          <section class="qt-section" aria-labelledby="where">
            <h2 id="where">{t('options_where')}</h2>
            <ChoiceGroup
              name="siteMode"
              legend={t('options_where')}
              value={settings.siteMode}
              onChange={onSiteMode}
              choices={[
                { value: 'all', label: t('options_mode_all') },
                { value: 'allowlist', label: t('options_mode_allowlist') },
              ]}
            />
            {access && (
              <AccessNotice t={t} siteMode={settings.siteMode} allSites={access.allSites} missingSites={access.missingSites} onGrantAll={onGrantAll} onGrantSites={onGrantSites} />
            )}
            {accessError && (
              <p class="qt-error" role="alert" data-testid="access-error">
                {accessError}
              </p>
            )}
            {settings.siteMode === 'all' ? (
              <SiteListEditor id="disabled" label={t('options_disabled_sites')} sites={settings.disabledSites} t={t} onChange={(disabledSites) => void save({ disabledSites })} />
            ) : (
              <SiteListEditor id="allowed" label={t('options_allowed_sites')} sites={settings.allowedSites} t={t} onChange={onAllowedSites} />
            )}
          </section>

          <section class="qt-section" aria-labelledby="highlight">
            <h2 id="highlight">{t('options_highlight')}</h2>
            <ChoiceGroup
              name="highlightStyle"
              legend={t('options_highlight')}
              value={settings.highlightStyle}
              onChange={(highlightStyle) => void save({ highlightStyle })}
              choices={[
                { value: 'full', label: t('options_highlight_full') },
                { value: 'underline', label: t('options_highlight_underline') },
                { value: 'off', label: t('options_highlight_off') },
              ]}
            />
          </section>

          <section class="qt-section" aria-labelledby="strictness">
            <h2 id="strictness">{t('options_strictness')}</h2>
            <ChoiceGroup
              name="strictness"
              legend={t('options_strictness')}
              value={settings.strictness}
              onChange={(strictness) => void save({ strictness })}
              choices={[
                { value: 'strict', label: t('options_strictness_strict') },
                { value: 'balanced', label: t('options_strictness_balanced') },
                { value: 'loose', label: t('options_strictness_loose') },
              ]}
            />
          </section>
        </>
      )}

      <section class="qt-section" aria-labelledby="databases">
        <h2 id="databases">{t('options_databases')}</h2>
        {dbError && (
          <p class="qt-error" role="alert">
            {t('options_db_error', [dbError])}
          </p>
        )}
        {/* Packs from a URL are listed with their feed (URL, checks, errors), not as files. */}
        {db && <DatabaseList info={{ ...db, user: db.user.filter((u) => !u.feedUrl) }} t={t} locale={locale} onRemove={(id) => void onRemove(id)} />}
        <div class="qt-import">
          <p class="qt-import__label" id="import-label">{t('options_import')}</p>
          {/* The native file input is hidden (grey and unstyled in dark mode); its label is the button. */}
          <div class="qt-import__pick">
            <label class="qt-button qt-file">
              <input
                type="file"
                class="qt-file__input"
                accept={ACCEPT}
                aria-describedby="import-label import-file-name"
                data-testid="import-file"
                onChange={(e) => void onFile(e.currentTarget)}
              />
              {t('options_import_choose')}
            </label>
            <span class="qt-import__file" id="import-file-name">
              {fileName ?? t('options_import_none')}
            </span>
          </div>
          <p class="qt-import__hint">{t('options_import_hint')}</p>
          <div aria-live="polite" data-testid="import-status">
            {importStatus()}
          </div>
        </div>
        <FeedSection onChange={() => void refreshDb()} />
      </section>

      <section class="qt-section" aria-labelledby="privacy">
        <h2 id="privacy">{t('options_privacy')}</h2>
        <p>{t('options_privacy_local')}</p>
        <p>{t('options_privacy_network')}</p>
        <p>{t('options_privacy_feeds')}</p>
        <p>{t('options_privacy_storage')}</p>
        <p>
          <a href="/privacy.html" target="_blank" rel="noopener" data-testid="privacy-link">
            {t('options_privacy_policy')}
          </a>
        </p>
      </section>
    </main>
  );

  function importStatus() {
    const s = importState;
    if (s.kind === 'busy') return <p>{t('options_importing', [s.fileName])}</p>;
    if (s.kind === 'failed') return <p class="qt-error">{t('options_import_failed', [s.error])}</p>;
    if (s.kind !== 'done') return null;
    const { database, refused } = s.outcome;
    if (refused || !database) return <p class="qt-error">{t('options_import_refused', [s.fileName, refused ?? ''])}</p>;
    return (
      <div class="qt-import__done">
        <p>{t('options_import_done', database.count, [database.fileName, String(database.count)])}</p>
        <ImportErrors db={database} t={t} locale={locale} />
      </div>
    );
  }
}
