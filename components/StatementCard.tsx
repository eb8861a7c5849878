import { isFragment } from '../lib/results/fragment';
import type { QuoteRecord } from '../lib/results/quote-record';
import { DiffView } from './DiffView';
import { explainAttribution, explainMatch, explainMisattribution, explainUncheckedSpeaker } from './explain';
import type { Translate } from './i18n';
import { StatementRecord } from './StatementRecord';
import { StatusBadge } from './StatusBadge';

export interface StatementCardProps {
  quote: QuoteRecord;
  t: Translate;
  locale: string;
  onClose?: () => void;
  /** Hover-card size: the quote is clamped and the evidence folds into a disclosure. */
  compact?: boolean;
  /** Inside a list item that already shows the status, words and speaker: show only the rest. */
  embedded?: boolean;
  /** Words the reader gave (selected or pasted), not a quote read from a page: there is no page speaker. */
  checked?: boolean;
}

/**
 * Everything QuoteTrace knows about one quote on a page: the words as the page gives them, the
 * status in words and glyph, the record (who, when, where, verdict, links), how sure the match and
 * the attribution are and why, the word diff when altered, and who the record credits when
 * misattributed. Presentational: props in, callbacks out. Every string is rendered as text.
 */
export function StatementCard(props: StatementCardProps) {
  const { quote, t, locale, onClose, compact, embedded, checked } = props;
  const { status, statement, diff } = quote.match;
  const misattribution = explainMisattribution(quote, t, locale);
  const unchecked = explainUncheckedSpeaker(quote, t, locale);
  const evidence = (
    <dl class="qt-card__evidence">
      <div>
        <dt>{t('evidence_match')}</dt>
        <dd>{explainMatch(quote, t, locale)}</dd>
      </div>
      {!checked && (
        <div>
          <dt>{t('evidence_attribution')}</dt>
          <dd>{explainAttribution(quote, t, locale)}</dd>
        </div>
      )}
    </dl>
  );
  return (
    <article
      class={`qt-card qt-card--${status}${compact ? ' qt-card--compact' : ''}${embedded ? ' qt-card--embedded' : ''}`}
      data-status={status}
      aria-label={t('card_label', [t(`status_${status}`)])}
    >
      {!embedded && (
        <>
          <header class="qt-card__head">
            <StatusBadge status={status} t={t} />
            {onClose && (
              <button type="button" class="qt-card__close" onClick={onClose} aria-label={t('action_close')} title={t('action_close')}>
                <span aria-hidden="true">×</span>
              </button>
            )}
          </header>
          <blockquote class="qt-quote qt-card__quote">{quote.text}</blockquote>
          <p class="qt-card__page-speaker">{checked ? t('check_speaker_none') : quote.speaker ? t('page_speaker', [quote.speaker]) : t('page_speaker_none')}</p>
        </>
      )}
      {statement && isFragment(quote.text) && (
        <p class="qt-card__fragment" data-testid="fragment-note">
          {t('fragment_note')}
        </p>
      )}
      {misattribution && <p class="qt-card__warning">{misattribution}</p>}
      {unchecked && <p class="qt-card__note" data-testid="speaker-unchecked">{unchecked}</p>}
      {status === 'altered' && diff && diff.length > 0 && <DiffView diff={diff} t={t} />}
      {status === 'reworded' && <p class="qt-card__note">{t('reworded_note')}</p>}
      {/* the hover card stays small (its record kind note says it is a readout); the full card shows the summary's own words */}
      {status === 'readout' && !compact && <p class="qt-card__note" data-testid="readout-note">{t('readout_note')}</p>}
      {statement && (
        <div class="qt-card__section">
          <p class="qt-label">{t('record_title')}</p>
          <StatementRecord statement={statement} t={t} locale={locale} showText={(status === 'altered' && !diff?.length) || status === 'reworded' || (status === 'readout' && !compact)} />
        </div>
      )}
      {!statement && <p class="qt-card__none">{t('match_none_long')}</p>}
      {compact ? (
        <details class="qt-card__more">
          <summary>{t('evidence_title')}</summary>
          {evidence}
        </details>
      ) : (
        <div class="qt-card__section">
          <p class="qt-label">{t('evidence_title')}</p>
          {evidence}
        </div>
      )}
    </article>
  );
}
