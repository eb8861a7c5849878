/**
 * Readouts: an office's third-person account of a call or meeting ("Emmanuel Macron noted
 * that..."). Page words that match one match the office's wording, not a quotation of anyone:
 * the match is `readout`, never verified, never altered (no diff: a summary's words are not the
 * speaker's to alter) and never misattributed (nobody is accused over words nobody was quoted as saying).
 */
import type { MatchResult, Statement } from '../types';
import { isReadout } from '../db/text-kind';

/** Statuses that would present a readout's wording as someone's quotation. */
const QUOTATION_STATUSES = new Set<MatchResult['status']>(['verified', 'altered', 'misattributed', 'reworded']);

export function asReadout(r: MatchResult): MatchResult {
  if (!r.statement || !QUOTATION_STATUSES.has(r.status) || !isReadout(r.statement)) return r;
  return { status: 'readout', statement: r.statement, score: r.score };
}

/** True for a record whose text is somebody's words (a readout is not): it wins ties. */
export function isQuotation(s: Statement): boolean {
  return !isReadout(s);
}
