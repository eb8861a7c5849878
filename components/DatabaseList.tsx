import { describeLicence } from '../lib/db/licence';
import type { PackStats } from '../lib/db/pack-stats';
import type { DbInfo, UserDatabaseInfo } from '../lib/protocol/messages';
import { formatDate } from './format';
import type { Translate } from './i18n';

function formatNumber(n: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
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

/** What one pack holds: date range, sources and licences with their counts, how many are no quotation. */
export function PackSummary(props: { stats: PackStats | null | undefined; count: number; t: Translate; locale: string }) {
  const { stats, count, t, locale } = props;
  if (!stats) return null;
  const from = formatDate(stats.dateFrom, locale);
  const to = formatDate(stats.dateTo, locale);
  const tally = (items: { name: string; count: number }[], name: (n: string) => string) =>
    items.map((i) => `${name(i.name)} (${formatNumber(i.count, locale)})`).join(' · ');
  return (
    <div class="qt-db__stats" data-testid="pack-stats">
      {from && to && <p class="qt-db__meta">{from === to ? t('options_pack_date', [from]) : t('options_pack_dates', [from, to])}</p>}
      {stats.origins.length > 0 && <p class="qt-db__meta">{t('options_bundled_sources', [tally(stats.origins, (n) => n)])}</p>}
      {stats.licences.length > 0 && (
        <p class="qt-db__meta">{t('options_pack_licences', [tally(stats.licences, (n) => describeLicence(n)?.label ?? t('options_licence_none'))])}</p>
      )}
      {stats.paraphrases > 0 && (
        <p class="qt-db__meta">{t('options_pack_paraphrases', stats.paraphrases, [formatNumber(stats.paraphrases, locale), formatNumber(count, locale)])}</p>
      )}
    </div>
  );
}

/** The bundled pack and the reader's imports, each imported file removable. */
export function DatabaseList(props: { info: DbInfo; t: Translate; locale: string; onRemove: (id: string) => void }) {
  const { info, t, locale, onRemove } = props;
  const b = info.bundled;
  const builtDate = b ? (formatDate(b.builtAt, locale) ?? b.builtAt) : '';
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
          {b.stats ? <PackSummary stats={b.stats} count={b.count} t={t} locale={locale} /> : b.sources.length > 0 && <p class="qt-db__meta">{t('options_bundled_sources', [b.sources.join(', ')])}</p>}
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
                {t('options_user_meta', db.count, [db.format.toUpperCase(), formatNumber(db.count, locale), formatDate(db.importedAt, locale) ?? ''])}
              </p>
              <PackSummary stats={db.stats} count={db.count} t={t} locale={locale} />
              <ImportErrors db={db} t={t} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
