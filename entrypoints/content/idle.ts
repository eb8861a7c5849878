import type { ContentScriptContext } from './quiet-context';

/**
 * Cooperative slicing: the scanner does its work in slices of at most SLICE_BUDGET_MS, each in an
 * idle period (requestIdleCallback where the browser has it, else a zero timeout), so the page's
 * own tasks, input and scrolling always get the main thread in between.
 */

/** Work per slice before yielding; well under the 50 ms that makes a long task. */
export const SLICE_BUDGET_MS = 10;
/** An idle callback waits at most this long on a busy page, so scanning still progresses. */
const IDLE_TIMEOUT_MS = 250;
/** Slices reported on the page's performance timeline. */
const MAX_MEASURES = 5_000;

export interface SliceStats {
  slices: number;
  /** Longest slice, ms: what the scanner itself added to one task. */
  maxSliceMs: number;
  totalMs: number;
}

export interface Slicer {
  /** Waits for an idle period and starts a new slice. */
  begin(): Promise<void>;
  /**
   * Yields (and starts a new slice) if this slice is over budget, or would be after a next piece
   * of work expected to take nextMs. Call between pieces of work.
   */
  check(nextMs?: number): Promise<void>;
  /** Ends the current slice (its time is counted); call before awaiting anything else. */
  end(): void;
  stats: SliceStats;
}

export function createSlicer(ctx: ContentScriptContext, win: Window, onSliceStart: () => void, budgetMs = SLICE_BUDGET_MS): Slicer {
  const stats: SliceStats = { slices: 0, maxSliceMs: 0, totalMs: 0 };
  let started = -1;
  const hasIdle = typeof win.requestIdleCallback === 'function';
  const wait = () =>
    new Promise<void>((resolve) => {
      if (hasIdle) ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
      else ctx.setTimeout(resolve, 0);
    });
  const end = () => {
    if (started < 0) return;
    const ms = performance.now() - started;
    stats.maxSliceMs = Math.max(stats.maxSliceMs, ms);
    stats.totalMs += ms;
    // On the page's timeline, so a page (and the browser tests and benchmark) can see what the
    // extension costs it, in browsers without longtask too. Bounded: no unbounded buffer growth.
    if (stats.slices <= MAX_MEASURES) {
      try {
        performance.measure('quotetrace:slice', { start: started, end: started + ms });
      } catch {
        // No User Timing Level 3: nothing to report.
      }
    }
    started = -1;
  };
  const begin = async () => {
    end();
    await wait();
    started = performance.now();
    stats.slices++;
    onSliceStart();
  };
  return {
    begin,
    check: async (nextMs = 0) => {
      if (started < 0 || performance.now() - started + nextMs >= budgetMs) await begin();
    },
    end,
    stats,
  };
}
