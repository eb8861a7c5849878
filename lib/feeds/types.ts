/** A statement pack the user added from a URL, and what the last checks found. */
export type FeedSchedule = 'off' | 'daily' | 'weekly';

export interface Feed {
  /** Also the id of its user database (IndexedDB) once a first download succeeded. */
  id: string;
  url: string;
  schedule: FeedSchedule;
  addedAt: number;
  /** Last time a download was tried (ms), whatever came of it. */
  lastCheck: number | null;
  /** Last time the file was downloaded and stored, or confirmed unchanged (304). */
  lastSuccess: number | null;
  /** Why the last check failed; null when it succeeded. The last good version is kept. */
  lastError: string | null;
  /** Validators of the stored version, sent back on the next check. */
  etag: string | null;
  lastModified: string | null;
  /** Statements in the stored version (0 until the first success). */
  count: number;
}
