import type { Statement } from '../lib/types';
import type { Translate } from './i18n';

/**
 * What was said just before and after a record (a transcript's neighbouring sentences), the
 * context a reader needs to judge "taken out of context". A disclosure, closed until the reader
 * asks, so a card or a list item stays short (transcript sentences run long).
 */
export function RecordContext(props: { statement: Statement; t: Translate }) {
  const { statement: s, t } = props;
  if (!s.contextBefore && !s.contextAfter) return null;
  return (
    <details class="qt-context" data-testid="record-context">
      <summary>{t('context_title')}</summary>
      <div class="qt-context__body">
        {s.contextBefore && (
          <p class="qt-context__line qt-context__line--before">
            <span class="qt-context__label">{t('context_before')}</span>
            <span class="qt-context__text">{s.contextBefore}</span>
          </p>
        )}
        <p class="qt-context__line qt-context__line--this">
          <span class="qt-context__label">{t('context_this')}</span>
          <span class="qt-context__text">{s.text}</span>
        </p>
        {s.contextAfter && (
          <p class="qt-context__line qt-context__line--after">
            <span class="qt-context__label">{t('context_after')}</span>
            <span class="qt-context__text">{s.contextAfter}</span>
          </p>
        )}
      </div>
    </details>
  );
}
