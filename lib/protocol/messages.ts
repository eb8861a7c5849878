import type { MatchResult, MatchStatus, Statement } from '../types';
import type { QuoteRecord } from '../results/quote-record';
import type { Feed, FeedSchedule } from '../feeds/types';
import type { PackStats } from '../db/pack-stats';

/**
 * The one message protocol, declared once. Payloads are plain JSON; fallible replies are a Result.
 * Pure types and validators live in lib/ so node tests can exercise them without a browser.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the content script sends for each quote it found (no DOM objects). */
export type QuoteCandidate = Omit<QuoteRecord, 'match'>;

export interface PackInfo {
  name: string;
  version: string;
  builtAt: string;
  count: number;
  sources: string[];
  /** Dates, sources, licences: from the pack header (null for packs built before it). */
  stats?: PackStats | null;
}

export interface UserDatabaseInfo {
  id: string;
  fileName: string;
  format: string;
  importedAt: number;
  count: number;
  /** Records refused at import, with why (first few). */
  errors: { line: number | null; message: string }[];
  errorCount: number;
  /** Set for a pack added from a URL (lib/feeds): removing it removes the feed. */
  feedUrl?: string;
  /** Dates, sources, licences: read from the stored pack's header when listed. */
  stats?: PackStats | null;
}

export interface DbInfo {
  bundled: PackInfo | null;
  user: UserDatabaseInfo[];
  total: number;
}

export interface ImportOutcome {
  database: UserDatabaseInfo | null;
  /** Set when the whole file was refused: nothing was stored. */
  refused: string | null;
}

export interface SearchHit {
  statement: Statement;
  score: number;
}

/** Requests answered by the background. `req` is what is sent, `res` the reply. */
export interface BackgroundProtocol {
  /** Content script: the quotes found on its page (and its publication date, YYYY-MM-DD, when it states one); the reply is one MatchResult per quote, in order. */
  'page:quotes': { req: { url: string; title: string; date?: string | null; quotes: QuoteCandidate[] }; res: Result<PageQuotesReply> };
  /** Extension pages: fuzzy search over every statement. */
  'db:search': { req: { query: string; limit?: number }; res: Result<SearchHit[]> };
  /** Extension pages: what databases are loaded. */
  'db:info': { req: Record<string, never>; res: Result<DbInfo> };
  /** Extension pages: import a statement file (text already decoded). */
  'db:import': { req: { fileName: string; text: string }; res: Result<ImportOutcome> };
  /** Extension pages: remove one user database. */
  'db:remove': { req: { id: string }; res: Result<null> };
  /** Extension pages: match a free text (a selection, or typed in the side panel). */
  'db:check': { req: { text: string; speaker: string | null }; res: Result<MatchResult> };
  /** Extension pages: check a text as "Check with QuoteTrace" does; the side panel shows it. */
  'selection:check': { req: { text: string }; res: Result<null> };
  /** Options page, after the user granted the URL's origin: download, check, store, schedule. */
  'feed:add': { req: { url: string; schedule: FeedSchedule }; res: Result<Feed> };
  /** Options page: check a feed now (conditional request). */
  'feed:refresh': { req: { id: string }; res: Result<Feed> };
  /** Options page: change how often a feed is checked. */
  'feed:schedule': { req: { id: string; schedule: FeedSchedule }; res: Result<Feed> };
  /** Options page: remove a feed, its pack, its alarm, and its origin's permission if unused. */
  'feed:remove': { req: { id: string }; res: Result<null> };
}

/**
 * The matches for a page's quotes (same order), and for each the status against the bundled,
 * public database alone: the only status the page itself may be shown (the marks' style), so a
 * page cannot learn what the user's private imports hold.
 */
export interface PageQuotesReply {
  matches: MatchResult[];
  pageStatuses: MatchStatus[];
}

/** Commands the extension pages send to a tab's content script. */
export interface ContentProtocol {
  'quote:focus': { req: { id: string }; res: Result<boolean> };
  'page:rescan': { req: Record<string, never>; res: Result<number> };
  /**
   * Answers once the page is scanned (no pass running or due): the address, whether QuoteTrace
   * runs on this site, and how many quotes are shown. What the e2e tests wait on, never a sleep.
   */
  'page:settled': { req: Record<string, never>; res: Result<PageSettled> };
}

export interface PageSettled {
  url: string;
  on: boolean;
  shown: number;
}

export type BackgroundMessageType = keyof BackgroundProtocol;
export type ContentMessageType = keyof ContentProtocol;

export interface Envelope<K extends string, P> {
  /** Namespaces our messages so others' (and the page's) are ignored. */
  qt: 1;
  type: K;
  payload: P;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });
