import type { Translate } from './i18n';

/**
 * Said in the popup and the side panel, not only in the options: without its bundled pack the
 * extension checks quotes against the reader's imports only, and "In the database: 0" alone
 * does not tell anyone why.
 */
export function PackProblem(props: { t: Translate; missing: boolean }) {
  if (!props.missing) return null;
  return (
    <p class="qt-error" role="alert" data-testid="pack-problem">
      {props.t('pack_missing')}
    </p>
  );
}
