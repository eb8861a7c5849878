import type { PageSummary as Summary } from '../lib/results/quote-record';
import { STATUS_SEVERITY } from '../lib/results/quote-record';
import { verdictKey } from './format';
import type { Translate } from './i18n';
import { StatusBadge } from './StatusBadge';

/** The order verdicts are listed in: best rating first, "unrated" last. */
const VERDICT_ORDER = ['true', 'mostly-true', 'half-true', 'misleading', 'mostly-false', 'false', 'pants-on-fire', 'unverifiable', 'unrated'];

/** A page at a glance: quotes found and matched, then counts by status and by verdict. */
export function PageSummary(props: { summary: Summary; t: Translate }) {
  const { summary, t } = props;
  const rank = (v: string) => (VERDICT_ORDER.includes(v) ? VERDICT_ORDER.indexOf(v) : VERDICT_ORDER.length);
  const verdicts = Object.entries(summary.byVerdict).sort(([a], [b]) => rank(a) - rank(b));
  // Only "no verdict" is nothing to show: the block takes no space then.
  const anyRated = verdicts.some(([v]) => v !== 'unrated');
  return (
    <div class="qt-summary" data-testid="page-summary">
      <p class="qt-summary__headline" aria-live="polite">
        <strong data-testid="count-found">{t('summary_found', [String(summary.found)])}</strong>{' '}
        <span data-testid="count-matched">{t('summary_matched', [String(summary.matched)])}</span>
      </p>
      <ul class="qt-summary__statuses" aria-label={t('summary_by_status')}>
        {STATUS_SEVERITY.map((s) => (
          <li key={s} class={summary.byStatus[s] === 0 ? 'qt-summary__zero' : ''} data-status={s}>
            <StatusBadge status={s} t={t} count={summary.byStatus[s]} />
          </li>
        ))}
      </ul>
      {anyRated && (
        <div class="qt-summary__verdicts">
          <p class="qt-label">{t('summary_by_verdict')}</p>
          <ul>
            {verdicts.map(([v, n]) => (
              <li key={v} data-verdict={v}>
                <span>{v === 'unrated' ? t('verdict_unrated') : t(verdictKey(v))}</span>
                <span class="qt-summary__n">{n}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
