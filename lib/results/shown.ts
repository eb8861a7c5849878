import type { MatchStatus } from '../types';

/**
 * Which quotes a reader is shown: those the page attributes to someone, and any the database
 * knows. Unattributed, unknown fragments are mostly scare quotes and titles; showing them as
 * "statements" would mislead.
 */
export function isShown(q: { speaker: string | null; match: { status: MatchStatus } }): boolean {
  return q.speaker !== null || q.match.status !== 'unmatched';
}
