import type { Statement } from '../../types';

export type ImportFormat = 'jsonl' | 'csv' | 'claimreview' | 'factcheck-api' | 'qtpack';

export interface ImportError {
  /** 1-based line in the file where the bad record starts, or null when not line-based. */
  line: number | null;
  message: string;
}

export interface ImportReport {
  format: string;
  statements: Statement[];
  errors: ImportError[];
  /** Set when the whole file was refused (statements is then empty). */
  refused: string | null;
}

/** Most per-record errors kept in a report; the rest are counted in one summary line. */
export const MAX_REPORTED_ERRORS = 200;
