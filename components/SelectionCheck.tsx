import { useEffect, useState } from 'preact/hooks';
import type { Result, SearchHit } from '../lib/protocol/messages';
import type { QuoteRecord } from '../lib/results/quote-record';
import type { MatchResult } from '../lib/types';
import type { Translate } from './i18n';
import { HitList } from './SearchPanel';
import { StatementCard } from './StatementCard';

export interface SelectionCheckValue {
  text: string;
  at: number;
  result: MatchResult | null;
}

/** A selection the reader asked about, as a quote with no speaker, so the card can show it. */
export function selectionAsQuote(check: SelectionCheckValue, result: MatchResult): QuoteRecord {
  return {
    id: `selection-${check.at}`,
    text: check.text,
    kind: 'direct',
    speaker: null,
    confidence: 0,
    cue: null,
    evidence: { cue: null, mention: null, method: 'none' },
    context: null,
    match: result,
  };
}

/**
 * "Check with QuoteTrace": the selected words and what the database knows. With a match, its card;
 * without one (or before the background has answered), the closest statements from a search.
 */
export function SelectionCheck(props: {
  check: SelectionCheckValue | null;
  t: Translate;
  locale: string;
  search: (query: string) => Promise<Result<SearchHit[]>>;
  /** Check a pasted text the way the context menu checks a selection. */
  onCheck?: (text: string) => void;
}) {
  const { check, t, locale, search, onCheck } = props;
  const matched = check?.result && check.result.status !== 'unmatched' ? check.result : null;
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  useEffect(() => {
    setHits(null);
    if (!check || matched) return;
    let live = true;
    void search(check.text).then((reply) => live && setHits(reply.ok ? reply.value.slice(0, 5) : []));
    return () => void (live = false);
  }, [check?.text, check?.at, Boolean(matched)]);

  const form = onCheck && <CheckTextForm t={t} onCheck={onCheck} />;
  const head = (
    <>
      <h2 class="qt-view__title">{t('selection_title')}</h2>
      <p class="qt-view__hint">{t('selection_hint')}</p>
    </>
  );
  if (!check)
    return (
      <>
        {head}
        {form}
        {!form && <p class="qt-empty" data-testid="selection-empty">{t('selection_empty')}</p>}
      </>
    );
  return (
    <div class="qt-selection" data-testid="selection-check">
      {head}
      {form}
      <p class="qt-label">{t('selection_heading')}</p>
      {matched ? (
        <StatementCard quote={selectionAsQuote(check, matched)} t={t} locale={locale} checked />
      ) : (
        <>
          <blockquote class="qt-quote qt-selection__text">{check.text}</blockquote>
          <div aria-live="polite">
            {hits === null && <p class="qt-list__count">{t('selection_checking')}</p>}
            {hits !== null && hits.length === 0 && <p class="qt-empty">{t('selection_no_hits')}</p>}
            {hits !== null && hits.length > 0 && <p class="qt-label qt-selection__hits-title">{t('selection_top_hits')}</p>}
          </div>
          {hits !== null && hits.length > 0 && <HitList hits={hits} t={t} locale={locale} testid="selection-hits" />}
        </>
      )}
    </div>
  );
}

/** A text box for a quote that is not on any page: pasted from a message, a transcript, a post. */
function CheckTextForm(props: { t: Translate; onCheck: (text: string) => void }) {
  const { t, onCheck } = props;
  const [text, setText] = useState('');
  return (
    <form
      class="qt-check-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onCheck(text.trim());
      }}
    >
      <label class="qt-field">
        <span class="qt-label">{t('selection_paste_label')}</span>
        <textarea rows={3} data-testid="check-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit" class="qt-button qt-button--primary" data-testid="check-submit">
        {t('selection_paste_submit')}
      </button>
    </form>
  );
}
