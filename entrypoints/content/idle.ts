import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Cooperative slicing: the scanner does its work in slices of at most SLICE_BUDGET_MS, each in an
 * idle period (requestIdleCallback where the browser has it, else a zero timeout), so the page's
 * own tasks, input and scrolling always get the main thread in between.
 */

/** Work per slice before yielding; well under the 50 ms that makes a long task. */
export const SLICE_BUDGET_MS = 10;
/** An idle callback waits at most this long on a busy page, so scanning still progresses. */
const IDLE_TIMEOUT_MS = 250;

export interface SliceStats {
  slices: number;
  /** Longest slice, ms: what the scanner itself added to one task. */
  maxSliceMs: number;
  totalMs: number;
}

export interface Slicer {
  /** Waits for an idle period and starts a new slice. */
  begin(): Promise<void>;
  /** Yields (and starts a new slice) if this slice is over budget. Call between units of work. */
  check(): Promise<void>;
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
    check: async () => {
      if (started < 0 || performance.now() - started >= budgetMs) await begin();
    },
    end,
    stats,
  };
}
