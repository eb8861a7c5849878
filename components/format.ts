/** Small pure formatters shared by the card, the lists and the popup. */
import type { MessageKey, PluralKey } from './i18n';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The one date formatter of every surface, so a page never mixes styles: day, long month and year
 * in the reader's locale ("30 January 2022" in en-GB, "January 30, 2022" in en-US), as much as is
 * known. Takes a statement's ISO date (YYYY, YYYY-MM or YYYY-MM-DD, shown in UTC so the day never
 * shifts with the reader's time zone) or an instant (milliseconds, or an ISO timestamp such as a
 * pack's builtAt, shown as the reader's local day). Anything else is returned as given.
 */
export function formatDate(value: string | number | null | undefined, locale: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return formatInstant(value, locale);
  const m = ISO_DATE.exec(value.trim());
  if (!m) {
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(value.trim()) ? Date.parse(value) : NaN;
    return Number.isFinite(ms) ? formatInstant(ms, locale) : value;
  }
  const [, y, mo, d] = m;
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return value;
  return format(new Date(Date.UTC(Number(y), month - 1, day)), locale, { timeZone: 'UTC', year: 'numeric', ...(mo ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) });
}

function formatInstant(ms: number, locale: string): string | null {
  if (!Number.isFinite(ms)) return null;
  return format(new Date(ms), locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

function format(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
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
