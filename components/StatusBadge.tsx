import type { MatchStatus } from '../lib/types';
import type { Translate } from './i18n';

/** A glyph for each status, so status never depends on colour alone. */
export const STATUS_GLYPH: Record<MatchStatus, string> = {
  verified: '✓',
  altered: '≠',
  reworded: '≈',
  readout: '¶',
  misattributed: '⚠',
  unmatched: '?',
};

export function StatusBadge(props: { status: MatchStatus; t: Translate; count?: number }) {
  const { status, t, count } = props;
  return (
    <span class={`qt-badge qt-badge--${status}`} data-status={status}>
      <span class="qt-badge__glyph" aria-hidden="true">
        {STATUS_GLYPH[status]}
      </span>
      <span class="qt-badge__word">{t(`status_${status}`)}</span>
      {count !== undefined && <span class="qt-badge__count">{count}</span>}
    </span>
  );
}
