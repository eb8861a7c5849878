import { useState } from 'preact/hooks';
import type { Translate } from './i18n';

/**
 * What the reader typed, as a host name: "https://www.Example.com/news" -> "www.example.com".
 * null when it cannot be one.
 */
export function normalizeHost(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  let host = raw;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && !/^\[[0-9a-f:]+\]$/.test(host)) return null;
  if (!host.includes('.') && host !== 'localhost') return null;
  return host;
}

/** An editable list of host names: add with the field (Enter or the button), remove each. */
export function SiteListEditor(props: {
  id: string;
  label: string;
  sites: readonly string[];
  t: Translate;
  onChange: (sites: string[]) => void;
}) {
  const { id, label, sites, t, onChange } = props;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(draft);
    if (!host) {
      setError(t('options_site_invalid'));
      return;
    }
    setError(null);
    setDraft('');
    if (!sites.includes(host)) onChange([...sites, host].sort());
  };
  return (
    <div class="qt-sites" data-testid={`sites-${id}`}>
      <p class="qt-sites__label" id={`${id}-label`}>
        {label}
      </p>
      {sites.length === 0 ? (
        <p class="qt-sites__empty">{t('options_sites_empty')}</p>
      ) : (
        <ul class="qt-sites__list" aria-labelledby={`${id}-label`}>
          {sites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" class="qt-button qt-button--link" aria-label={t('options_remove_site', [host])} onClick={() => onChange(sites.filter((h) => h !== host))}>
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="qt-sites__add" onSubmit={add}>
        <label class="qt-field">
          <span class="qt-field__label">{t('options_site_input')}</span>
          <input
            type="text"
            data-testid={`sites-${id}-input`}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="qt-button">
          {t('options_add_site')}
        </button>
      </form>
      {error && (
        <p class="qt-sites__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
