import type { SearchHit } from '../lib/protocol/messages';
import { formatPercent } from './format';
import type { Translate } from './i18n';
import { StatementRecord } from './StatementRecord';

/** One statement found by a database search: its words, the record, and how close it is. */
export function SearchHitCard(props: { hit: SearchHit; t: Translate; locale: string }) {
  const { hit, t, locale } = props;
  return (
    <article class="qt-card qt-card--hit" data-statement-id={hit.statement.id}>
      <p class="qt-card__score">{t('search_hit_score', [formatPercent(hit.score, locale)])}</p>
      <StatementRecord statement={hit.statement} t={t} locale={locale} showText />
    </article>
  );
}
