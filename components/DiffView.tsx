import type { ComponentChildren } from 'preact';
import type { DiffOp } from '../lib/types';
import type { Translate } from './i18n';

/**
 * The record's words against the page's: words the page dropped or changed are struck (<del>),
 * words the page added or changed them to are underlined (<ins>). Visually hidden labels say which
 * is which for screen readers, which do not announce del/ins by default.
 */
export function DiffView(props: { diff: DiffOp[]; t: Translate }) {
  const { diff, t } = props;
  const parts: ComponentChildren[] = [];
  diff.forEach((op, i) => {
    if (i > 0) parts.push(' ');
    if (op.op === 'equal') {
      parts.push(<span key={i}>{op.page ?? op.record ?? ''}</span>);
      return;
    }
    const removed = op.op === 'delete' || op.op === 'replace' ? op.record : undefined;
    const added = op.op === 'insert' || op.op === 'replace' ? op.page : undefined;
    if (removed) {
      parts.push(
        <del key={`d${i}`} class="qt-diff__del">
          <span class="qt-visually-hidden">{t('diff_record_only')} </span>
          {removed}
        </del>,
      );
    }
    if (removed && added) parts.push(' ');
    if (added) {
      parts.push(
        <ins key={`i${i}`} class="qt-diff__ins">
          <span class="qt-visually-hidden">{t('diff_page_only')} </span>
          {added}
        </ins>,
      );
    }
  });
  return (
    <div class="qt-diff">
      <p class="qt-label">{t('diff_title')}</p>
      <p class="qt-diff__text">{parts}</p>
      <p class="qt-diff__legend" aria-hidden="true">
        <del class="qt-diff__del">{t('diff_legend_record')}</del> <ins class="qt-diff__ins">{t('diff_legend_page')}</ins>
      </p>
    </div>
  );
}
