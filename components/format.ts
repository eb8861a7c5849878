/** Small pure formatters shared by the card, the lists and the popup. */
import type { MessageKey, PluralKey } from './i18n';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A statement's ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's locale, as much of it as is
 * known: "30 January 2022", "January 2022", "2022" for en-GB. Formatted in UTC so the day never
 * shifts with the reader's time zone. Anything else is returned as given.
 */
export function formatStatementDate(iso: string | null | undefined, locale: string): string | null {
  if (!iso) return null;
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mo) options.month = 'long';
  if (d) options.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}

/** The URL if it is http(s), else null: a record's link must never become javascript: or data:. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** 0..1 as a whole percentage in the reader's locale ("92 %" in fr). */
export function formatPercent(value: number, locale: string): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(clamped);
  } catch {
    return `${Math.round(clamped * 100)}%`;
  }
}

/** Message-key suffix for how sure a 0..1 value is. */
export function levelOf(value: number): 'high' | 'medium' | 'low' {
  if (value >= 0.8) return 'high';
  if (value >= 0.5) return 'medium';
  return 'low';
}

/** "mostly-true" -> "verdict_mostly_true": message names allow only [A-Za-z0-9_@]. */
export function verdictKey(scale: string): Exclude<MessageKey, PluralKey> {
  // Every scale has its verdict_ message (tests/dom/components/locales.test.ts checks them).
  return `verdict_${scale.replace(/-/g, '_')}` as Exclude<MessageKey, PluralKey>;
}
