import type { Feed, FeedSchedule } from '../lib/feeds/types';
import type { Translate } from './i18n';

function formatMoment(ms: number | null, locale: string, t: Translate): string {
  if (ms === null) return t('options_feed_never');
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  }
}

export const SCHEDULE_LABELS = {
  off: 'options_feed_schedule_off',
  daily: 'options_feed_schedule_daily',
  weekly: 'options_feed_schedule_weekly',
} as const satisfies Record<FeedSchedule, string>;

export function ScheduleSelect(props: { id: string; value: FeedSchedule; t: Translate; label: string; onChange: (s: FeedSchedule) => void }) {
  const { id, value, t, label, onChange } = props;
  return (
    <select id={id} class="qt-feed__schedule" aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as FeedSchedule)}>
      {(Object.keys(SCHEDULE_LABELS) as FeedSchedule[]).map((s) => (
        <option key={s} value={s}>
          {t(SCHEDULE_LABELS[s])}
        </option>
      ))}
    </select>
  );
}

/** Packs added from a URL: where from, when last checked, what went wrong, and the controls. */
export function FeedList(props: {
  feeds: Feed[];
  busy: ReadonlySet<string>;
  t: Translate;
  locale: string;
  onRefresh: (id: string) => void;
  onSchedule: (id: string, s: FeedSchedule) => void;
  onRemove: (id: string) => void;
}) {
  const { feeds, busy, t, locale, onRefresh, onSchedule, onRemove } = props;
  if (feeds.length === 0) return <p class="qt-db__meta">{t('options_feeds_none')}</p>;
  return (
    <ul class="qt-db__list" data-testid="feed-list">
      {feeds.map((f) => (
        <li key={f.id} class="qt-db__item" data-feed-id={f.id}>
          <p class="qt-db__name" data-testid="feed-url">{f.url}</p>
          <p class="qt-db__meta">{t('options_feed_count', f.count, [String(f.count)])}</p>
          <dl class="qt-feed__times">
            <dt>{t('options_feed_last_check')}</dt>
            <dd data-testid="feed-last-check">{formatMoment(f.lastCheck, locale, t)}</dd>
            <dt>{t('options_feed_last_success')}</dt>
            <dd data-testid="feed-last-success">{formatMoment(f.lastSuccess, locale, t)}</dd>
          </dl>
          {f.lastError && (
            <p class="qt-error" role="alert" data-testid="feed-error">
              {t('options_feed_error', [f.lastError])}
            </p>
          )}
          <div class="qt-feed__controls">
            <label class="qt-feed__label" for={`schedule-${f.id}`}>
              {t('options_feed_schedule')}
            </label>
            <ScheduleSelect id={`schedule-${f.id}`} value={f.schedule} t={t} label={t('options_feed_schedule')} onChange={(s) => onSchedule(f.id, s)} />
            <button type="button" class="qt-button" data-testid="feed-refresh" disabled={busy.has(f.id)} onClick={() => onRefresh(f.id)}>
              {busy.has(f.id) ? t('options_feed_checking') : t('options_feed_check_now')}
            </button>
            <button type="button" class="qt-button" data-testid="feed-remove" aria-label={t('options_remove_site', [f.url])} onClick={() => onRemove(f.id)}>
              {t('options_remove')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
