import type { ComponentChildren } from 'preact';
import type { TabResults } from '../lib/results/quote-record';
import { EmptyState } from './EmptyState';
import type { Translate } from './i18n';

/**
 * What the popup and the side panel say before they can show a page's quotes: still loading, no
 * tab, a page QuoteTrace cannot or may not scan, not scanned yet (with a rescan button), or no
 * quotes. With quotes, it renders `children(results)`.
 */
export function PageStatus(props: {
  t: Translate;
  /** undefined while the tab is being resolved, null when there is none. */
  tab: unknown;
  url: string;
  host: string | null;
  siteOff: boolean;
  /** Anything else the surface still waits for. */
  waiting?: boolean;
  results: TabResults | null | undefined;
  onRescan: () => void;
  children: (results: TabResults) => ComponentChildren;
}) {
  const { t, tab, url, host, siteOff, waiting, results, onRescan, children } = props;
  const loading = <p class="qt-empty">{t('status_loading')}</p>;
  if (tab === undefined || waiting) return loading;
  if (tab === null) return <EmptyState title={t('empty_no_tab')} />;
  if (!url && results === undefined) return loading;
  if (!url) return <EmptyState testid="no-results" title={t('empty_no_results')} hint={t('empty_no_results_hint')} />;
  if (!host) return <EmptyState testid="cannot-scan" title={t('empty_cannot_scan')} hint={t('empty_cannot_scan_hint')} />;
  if (siteOff) return <EmptyState testid="site-off" title={t('empty_site_off')} hint={t('empty_site_off_hint')} />;
  if (results === undefined) return loading;
  if (results === null) {
    return (
      <EmptyState testid="not-scanned" title={t('empty_not_scanned')} hint={t('empty_not_scanned_hint')}>
        <button type="button" class="qt-button" data-testid="rescan" onClick={onRescan}>
          {t('action_rescan')}
        </button>
      </EmptyState>
    );
  }
  const notes = <ResultsNotes t={t} results={results} />;
  if (results.quotes.length === 0 && !results.storageError) return <EmptyState testid="no-quotes" title={t('empty_no_quotes')} hint={t('empty_no_quotes_hint')} />;
  return (
    <>
      {notes}
      {results.quotes.length > 0 && children(results)}
    </>
  );
}

/** What was not kept of a page's results, and why a write failed, in words. */
function ResultsNotes(props: { t: Translate; results: TabResults }) {
  const { t, results } = props;
  return (
    <>
      {results.storageError && (
        <p class="qt-error" role="alert" data-testid="results-storage-error">
          {t('results_storage_failed', [results.storageError])}
        </p>
      )}
      {!!results.omitted && !results.storageError && (
        <p class="qt-hint" data-testid="results-omitted">
          {t('results_omitted', [String(results.omitted)])}
        </p>
      )}
    </>
  );
}
