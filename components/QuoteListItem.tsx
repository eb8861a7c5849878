import { describedKind } from '../lib/db/text-kind';
import { isFragment } from '../lib/results/fragment';
import type { QuoteRecord } from '../lib/results/quote-record';
import type { Translate } from './i18n';
import { StatementCard } from './StatementCard';
import { StatusBadge } from './StatusBadge';

export interface QuoteListItemProps {
  quote: QuoteRecord;
  t: Translate;
  locale: string;
  expanded: boolean;
  /** Choosing the quote: the side panel scrolls the page to it. */
  onSelect?: (id: string) => void;
  onToggle: (id: string) => void;
}

/** One quote in the side panel: status, speaker and the start of the words; expands to the full card. */
export function QuoteListItem(props: QuoteListItemProps) {
  const { quote, t, locale, expanded, onSelect, onToggle } = props;
  const detailsId = `qt-details-${quote.id}`;
  // A matched fragment is weak evidence: say so where the status is, not only in the details.
  const fragment = quote.match.status !== 'unmatched' && isFragment(quote.text);
  // A record that is no quotation (a readout, a paraphrase) is said in the row too.
  const kind = quote.match.statement ? describedKind(quote.match.statement) : null;
  return (
    <li class={`qt-item qt-item--${quote.match.status}`} data-quotetrace-item={quote.id}>
      <div class="qt-item__row">
        <button type="button" class="qt-item__main" onClick={() => onSelect?.(quote.id)} title={t('list_select_hint')}>
          <span class="qt-item__meta">
            <StatusBadge status={quote.match.status} t={t} />
            {fragment && (
              <span class="qt-tag" data-testid="fragment-tag">
                {t('fragment_tag')}
              </span>
            )}
            {(kind === 'readout' || kind === 'paraphrase') && (
              <span class="qt-tag" data-testid="kind-tag">
                {kind === 'readout' ? t('kind_readout_tag') : t('kind_paraphrase_tag')}
              </span>
            )}
            <span class="qt-item__speaker">{quote.speaker ?? t('speaker_unattributed')}</span>
          </span>
          <span class="qt-item__text">“{quote.text}”</span>
        </button>
        <button
          type="button"
          class="qt-item__toggle"
          aria-expanded={expanded}
          aria-controls={detailsId}
          aria-label={expanded ? t('list_hide_details') : t('list_show_details')}
          title={expanded ? t('list_hide_details') : t('list_show_details')}
          onClick={() => onToggle(quote.id)}
        >
          <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
        </button>
      </div>
      {expanded && (
        <div class="qt-item__details" id={detailsId}>
          <StatementCard quote={quote} t={t} locale={locale} embedded />
        </div>
      )}
    </li>
  );
}
