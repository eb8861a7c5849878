import type { QuoteRecord } from './quote-record';

/**
 * Which quotes a reader is shown: those the page attributes to someone, and any the database
 * knows. Unattributed, unknown fragments are mostly scare quotes and titles; showing them as
 * "statements" would mislead.
 */
export function isShown(q: Pick<QuoteRecord, 'speaker' | 'match'>): boolean {
  return q.speaker !== null || q.match.status !== 'unmatched';
}
