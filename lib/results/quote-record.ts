import type { AttributionEvidence, MatchResult, MatchStatus, QuoteKind } from '../types';
import { verdictCategory } from './verdict';

/** One quote on a page, as detected in the page and matched in the background. Plain JSON. */
export interface QuoteRecord {
  /** Stable within a page scan: also the value of the highlight's data-quotetrace-id. */
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  confidence: number;
  cue: string | null;
  evidence: AttributionEvidence;
  context?: string | null;
  match: MatchResult;
}

/** Everything QuoteTrace knows about one tab's page. */
export interface TabResults {
  tabId: number;
  url: string;
  title: string;
  updatedAt: number;
  quotes: QuoteRecord[];
  /** Quotes found on the page but not kept (per-tab results are bounded, see bound-results.ts). */
  omitted?: number;
  /** Why the results could not be stored in full, in words, when they could not. */
  storageError?: string;
}

export type StatusCounts = Record<MatchStatus, number>;

export interface PageSummary {
  found: number;
  matched: number;
  byStatus: StatusCounts;
  /** Verdict category (verdictCategory, or "unrated") to count, over matched quotes. */
  byVerdict: Record<string, number>;
  /** The most serious status on the page, for the badge colour; null when no quotes. */
  worst: MatchStatus | null;
}

/** Most serious first: a misattribution is worse news for a reader than an altered quote. */
export const STATUS_SEVERITY: readonly MatchStatus[] = ['misattributed', 'altered', 'reworded', 'readout', 'verified', 'unmatched'];

export function summarizeQuotes(quotes: readonly QuoteRecord[]): PageSummary {
  const byStatus: StatusCounts = { verified: 0, altered: 0, reworded: 0, readout: 0, misattributed: 0, unmatched: 0 };
  const byVerdict: Record<string, number> = {};
  for (const q of quotes) {
    byStatus[q.match.status] += 1;
    if (q.match.statement) {
      const verdict = verdictCategory(q.match.statement) ?? 'unrated';
      byVerdict[verdict] = (byVerdict[verdict] ?? 0) + 1;
    }
  }
  const worst = quotes.length === 0 ? null : (STATUS_SEVERITY.find((s) => byStatus[s] > 0) ?? null);
  return {
    found: quotes.length,
    matched: quotes.length - byStatus.unmatched,
    byStatus,
    byVerdict,
    worst,
  };
}
