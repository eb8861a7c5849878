import { creditText, describeLicence } from '../lib/db/licence';
import { safeUrl } from '../lib/db/sanitize';
import type { Statement } from '../lib/types';
import type { Translate } from './i18n';

/** "en.kremlin.ru" from a checked http(s) address. */
const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/**
 * Where a record comes from and on what terms: the source page (named by its site) and the fact
 * check as links, the licence with its deed, and the credit the licence asks for (CC BY requires
 * it shown with the record). Links are built only from http(s) addresses that pass safeUrl, and
 * from the fixed licence table: a record can never make a card link to javascript: or data:.
 */
export function RecordSource(props: { statement: Statement; t: Translate }) {
  const { statement: s, t } = props;
  const source = safeUrl(s.sourceUrl);
  const factCheck = safeUrl(s.factCheckUrl);
  const licence = describeLicence(s.licence);
  const credit = creditText(s.attribution, source);
  return (
    <>
      {(source || factCheck) && (
        <p class="qt-record__links">
          {source && (
            <a href={source} target="_blank" rel="noopener noreferrer" data-testid="record-source">
              {t('link_source_host', [siteOf(source)])}
            </a>
          )}
          {factCheck && (
            <a href={factCheck} target="_blank" rel="noopener noreferrer">
              {t('link_fact_check')}
            </a>
          )}
        </p>
      )}
      {!source && s.origin && <p class="qt-record__origin">{t('record_origin', [s.origin])}</p>}
      {(licence || credit) && (
        <p class="qt-record__licence" data-testid="record-licence">
          {licence && (
            <>
              <span class="qt-label-inline">{t('record_licence')}</span>{' '}
              {licence.url ? (
                <a href={licence.url} target="_blank" rel="noopener noreferrer license">
                  {licence.label}
                </a>
              ) : (
                <span>{licence.label}</span>
              )}
            </>
          )}
          {credit && <span class="qt-record__credit">{licence ? ' · ' : ''}{credit}</span>}
        </p>
      )}
    </>
  );
}
