import type { DbInfo, UserDatabaseInfo } from '../lib/protocol/messages';
import { formatStatementDate } from './format';
import type { Translate } from './i18n';

function formatNumber(n: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

function formatInstant(ms: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

/** The refused records of one import, with where and why. */
export function ImportErrors(props: { db: UserDatabaseInfo; t: Translate; locale: string }) {
  const { db, t, locale } = props;
  if (db.errorCount === 0) return null;
  return (
    <details class="qt-db__errors">
      <summary>{t('options_user_errors', [formatNumber(db.errorCount, locale)])}</summary>
      <ul>
        {db.errors.map((e, i) => (
          <li key={i}>
            {e.line !== null && <span class="qt-db__line">{t('options_line', [String(e.line)])}: </span>}
            {e.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The bundled pack and the reader's imports, each imported file removable. */
export function DatabaseList(props: { info: DbInfo; t: Translate; locale: string; onRemove: (id: string) => void }) {
  const { info, t, locale, onRemove } = props;
  const b = info.bundled;
  const builtDate = b ? (formatStatementDate(b.builtAt.slice(0, 10), locale) ?? b.builtAt) : '';
  return (
    <div class="qt-db" data-testid="db-list">
      <p class="qt-db__total" aria-live="polite">
        {t('options_db_total', info.total, [formatNumber(info.total, locale)])}
      </p>
      <h3>{t('options_bundled')}</h3>
      {b ? (
        <div class="qt-db__item" data-testid="db-bundled">
          <p class="qt-db__name">{b.name}</p>
          <p class="qt-db__meta">{t('options_bundled_meta', b.count, [b.version, builtDate, formatNumber(b.count, locale)])}</p>
          {b.sources.length > 0 && <p class="qt-db__meta">{t('options_bundled_sources', [b.sources.join(', ')])}</p>}
        </div>
      ) : (
        <p class="qt-db__meta">{t('options_bundled_none')}</p>
      )}
      <h3>{t('options_user_dbs')}</h3>
      {info.user.length === 0 ? (
        <p class="qt-db__meta">{t('options_user_none')}</p>
      ) : (
        <ul class="qt-db__list">
          {info.user.map((db) => (
            <li key={db.id} class="qt-db__item" data-db-id={db.id}>
              <div class="qt-db__row">
                <p class="qt-db__name">{db.fileName}</p>
                <button type="button" class="qt-button" aria-label={t('options_remove_site', [db.fileName])} onClick={() => onRemove(db.id)}>
                  {t('options_remove')}
                </button>
              </div>
              <p class="qt-db__meta">
                {t('options_user_meta', db.count, [db.format.toUpperCase(), formatNumber(db.count, locale), formatInstant(db.importedAt, locale)])}
              </p>
              <ImportErrors db={db} t={t} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
