import { useMemo, useState } from 'preact/hooks';
import type { QuoteRecord } from '../lib/results/quote-record';
import { STATUS_SEVERITY } from '../lib/results/quote-record';
import type { MatchStatus } from '../lib/types';
import type { Translate } from './i18n';
import { QuoteListItem } from './QuoteListItem';

export { QuoteListItem } from './QuoteListItem';

/** The speaker filter's value for quotes the page attributes to no one. */
export const NO_SPEAKER = '\u0000none';

export interface QuoteListProps {
  quotes: readonly QuoteRecord[];
  t: Translate;
  locale: string;
  onSelect?: (id: string) => void;
}

/** Every quote on the page, filterable by status and speaker, each expandable to its card. */
export function QuoteList(props: QuoteListProps) {
  const { quotes, t, locale, onSelect } = props;
  const [status, setStatus] = useState<MatchStatus | 'all'>('all');
  const [speaker, setSpeaker] = useState<string>('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const speakers = useMemo(() => {
    const names = new Set<string>();
    for (const q of quotes) names.add(q.speaker ?? NO_SPEAKER);
    return [...names].sort((a, b) => (a === NO_SPEAKER ? 1 : b === NO_SPEAKER ? -1 : a.localeCompare(b, locale)));
  }, [quotes, locale]);
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const q of quotes) c[q.match.status] = (c[q.match.status] ?? 0) + 1;
    return c;
  }, [quotes]);

  const speakerValue = speaker && speakers.includes(speaker) ? speaker : '';
  const shown = quotes.filter(
    (q) => (status === 'all' || q.match.status === status) && (!speakerValue || (q.speaker ?? NO_SPEAKER) === speakerValue),
  );
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div class="qt-list">
      <div class="qt-filters" role="group" aria-label={t('filter_label')}>
        <label class="qt-field">
          <span class="qt-field__label">{t('filter_status')}</span>
          <select data-testid="filter-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as MatchStatus | 'all')}>
            <option value="all">{t('filter_all_statuses', [String(quotes.length)])}</option>
            {STATUS_SEVERITY.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)} ({counts[s] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label class="qt-field">
          <span class="qt-field__label">{t('filter_speaker')}</span>
          <select data-testid="filter-speaker" value={speakerValue} onChange={(e) => setSpeaker(e.currentTarget.value)}>
            <option value="">{t('filter_all_speakers')}</option>
            {speakers.map((s) => (
              <option key={s} value={s}>
                {s === NO_SPEAKER ? t('speaker_unattributed') : s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="qt-list__count" aria-live="polite" data-testid="quote-count">
        {t('list_showing', quotes.length, [String(shown.length), String(quotes.length)])}
      </p>
      {shown.length === 0 ? (
        <p class="qt-empty">{t('list_no_match_filter')}</p>
      ) : (
        <ul class="qt-list__items" data-testid="quote-list">
          {shown.map((q) => (
            <QuoteListItem key={q.id} quote={q} t={t} locale={locale} expanded={expanded.has(q.id)} onSelect={onSelect} onToggle={toggle} />
          ))}
        </ul>
      )}
    </div>
  );
}
