import { describedKind } from '../lib/db/text-kind';
import type { Statement } from '../lib/types';
import type { Translate } from './i18n';

/**
 * Says plainly when a record is not a quotation: a readout (the government's third-person summary
 * of a call), a paraphrase, or a summary with quoted words. Verbatim records need no note.
 */
export function RecordKind(props: { statement: Statement; t: Translate }) {
  const kind = describedKind(props.statement);
  if (!kind) return null;
  const { t } = props;
  const [tag, note] =
    kind === 'readout' ? [t('kind_readout_tag'), t('kind_readout')]
    : kind === 'paraphrase' ? [t('kind_paraphrase_tag'), t('kind_paraphrase')]
    : [t('kind_partial_tag'), t('kind_partial')];
  return (
    <p class={`qt-record__kind qt-record__kind--${kind}`} data-testid="record-kind" data-kind={kind}>
      <span class="qt-tag">{tag}</span> <span class="qt-record__kind-note">{note}</span>
    </p>
  );
}
