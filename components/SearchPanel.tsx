import { useEffect, useRef, useState } from 'preact/hooks';
import type { Result, SearchHit } from '../lib/protocol/messages';
import type { Translate } from './i18n';
import { SearchHitCard } from './SearchHitCard';

type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string }
  | { kind: 'done'; query: string; hits: SearchHit[] }
  | { kind: 'error'; query: string; error: string };

/** Typing pauses this long before the search runs: one search per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * Search the whole database, to check a quote that is not on the page. `search` does the asking.
 * Results follow the typing (debounced); Enter searches at once.
 */
export function SearchPanel(props: { t: Translate; locale: string; search: (query: string) => Promise<Result<SearchHit[]>> }) {
  const { t, locale, search } = props;
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);
  const lastRun = useRef('');

  const run = async (raw: string) => {
    const q = raw.trim();
    const ticket = ++latest.current;
    lastRun.current = q;
    if (!q) return setState({ kind: 'idle' });
    setState({ kind: 'searching', query: q });
    const reply = await search(q);
    if (ticket !== latest.current) return; // a newer search has started
    setState(reply.ok ? { kind: 'done', query: q, hits: reply.value } : { kind: 'error', query: q, error: reply.error });
  };

  useEffect(() => {
    if (query.trim() === lastRun.current) return;
    const timer = setTimeout(() => void run(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    void run(query);
  };

  return (
    <div class="qt-search">
      <h2 class="qt-view__title">{t('search_title')}</h2>
      <p class="qt-view__hint">{t('search_hint')}</p>
      <form class="qt-search__form" role="search" onSubmit={onSubmit}>
        <label class="qt-field qt-search__field">
          <span class="qt-field__label">{t('search_label')}</span>
          <input type="search" data-testid="search-input" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <button type="submit" class="qt-button qt-button--primary" data-testid="search-submit">
          {t('search_button')}
        </button>
      </form>
      <div aria-live="polite" class="qt-search__status">
        {state.kind === 'searching' && <p>{t('search_searching')}</p>}
        {state.kind === 'error' && <p class="qt-error">{t('search_error', [state.error])}</p>}
        {state.kind === 'done' && state.hits.length === 0 && <p class="qt-empty">{t('search_no_hits', [state.query])}</p>}
        {state.kind === 'done' && state.hits.length > 0 && <p class="qt-list__count">{t('search_results', [String(state.hits.length)])}</p>}
      </div>
      {state.kind === 'done' && state.hits.length > 0 && <HitList hits={state.hits} t={t} locale={locale} testid="search-results" />}
    </div>
  );
}

export function HitList(props: { hits: SearchHit[]; t: Translate; locale: string; testid: string }) {
  return (
    <ul class="qt-hits" data-testid={props.testid}>
      {props.hits.map((hit) => (
        <li key={hit.statement.id}>
          <SearchHitCard hit={hit} t={props.t} locale={props.locale} />
        </li>
      ))}
    </ul>
  );
}
