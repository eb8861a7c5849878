import type { Statement } from '../lib/types';
import { verdictCategory } from '../lib/results/verdict';
import { formatDate, verdictKey } from './format';
import type { Translate } from './i18n';
import { RecordContext } from './RecordContext';
import { RecordKind } from './RecordKind';
import { RecordSource } from './RecordSource';

/** Where a statement comes from, in one line: "30 January 2022 · interview with the BBC". */
export function describeOccasion(statement: Statement, locale: string, separator = ' · '): string {
  return [formatDate(statement.date, locale), statement.context].filter(Boolean).join(separator);
}

/**
 * What the database holds about one statement: who said it (full name, role), when, where, whether
 * it is a quotation at all (readout, paraphrase), the fact-checkers' verdict in words, what was
 * said around it, and its source, licence and credit. Used by the quote card and on its own for
 * search hits.
 */
export function StatementRecord(props: { statement: Statement; t: Translate; locale: string; showText?: boolean }) {
  const { statement: s, t, locale, showText } = props;
  const occasion = describeOccasion(s, locale);
  const category = verdictCategory(s);
  const verdictWord = category ? t(verdictKey(category)) : null;
  return (
    <div class="qt-record">
      {showText && <blockquote class="qt-quote">{s.text}</blockquote>}
      <p class="qt-record__speaker">
        <span class="qt-record__name">{s.speaker ?? t('speaker_unknown')}</span>
        {s.speakerRole && <span class="qt-record__role">{s.speakerRole}</span>}
      </p>
      {occasion && <p class="qt-record__occasion">{occasion}</p>}
      <RecordKind statement={s} t={t} />
      {(verdictWord || s.verdict) && (
        <p class={`qt-record__verdict${category ? ` qt-verdict--${category}` : ''}`} data-verdict={category ?? undefined}>
          <span class="qt-label-inline">{t('verdict_label')}</span> <strong>{verdictWord ?? s.verdict}</strong>
          {verdictWord && s.verdict && s.verdict.toLowerCase() !== verdictWord.toLowerCase() && (
            <span class="qt-record__verdict-own"> ({s.verdict})</span>
          )}
          {s.factChecker && <span class="qt-record__checker"> · {s.factChecker}</span>}
        </p>
      )}
      <RecordSource statement={s} t={t} />
      <RecordContext statement={s} t={t} />
    </div>
  );
}
