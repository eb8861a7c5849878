import type { ContentScriptContext } from './quiet-context';

/**
 * When passes run: never two at once; a change during a pass queues one more; page changes are
 * debounced (a render settles first) but never starved by a page that changes without pause.
 */

/** Quiet time after the page's last change before a pass. */
export const RESCAN_DEBOUNCE_MS = 300;
/** Longest a change waits on a page that never goes quiet. */
export const RESCAN_MAX_WAIT_MS = 1_500;

export function createRescanQueue(ctx: ContentScriptContext, run: (full: boolean) => Promise<void>) {
  let running: Promise<void> | null = null;
  let queued: { full: boolean; promise: Promise<void>; resolve: () => void } | null = null;
  let timer: number | undefined;
  let firstChange = 0;
  let stopped = false;
  /** Callers of idle(), woken when no pass runs, none is queued and no change waits. */
  let idleWaiters: (() => void)[] = [];
  const wakeIfIdle = () => {
    if (!stopped && (running || queued || timer !== undefined)) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  const start = (full: boolean): Promise<void> => {
    running = run(full)
      .catch((e: unknown) => console.warn('QuoteTrace: scan failed', e))
      .finally(() => {
        running = null;
        const next = queued;
        queued = null;
        if (!next) return wakeIfIdle();
        if (stopped || ctx.isInvalid) next.resolve();
        else void start(next.full).then(next.resolve);
      });
    return running;
  };

  /** Runs a pass now, or right after the current one; resolves when that pass is done. */
  const now = (full: boolean): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    firstChange = 0;
    if (stopped || ctx.isInvalid) return Promise.resolve();
    if (!running) return start(full);
    if (queued) {
      queued.full ||= full;
      return queued.promise;
    }
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    queued = { full, promise, resolve };
    return promise;
  };

  const soon = () => {
    if (stopped) return;
    const t = performance.now();
    if (firstChange === 0) firstChange = t;
    const wait = Math.max(0, Math.min(RESCAN_DEBOUNCE_MS, RESCAN_MAX_WAIT_MS - (t - firstChange)));
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void now(false), wait);
  };

  /**
   * Resolves once the page is scanned: no pass running or queued, and no page change waiting for
   * one. The extension's tests wait on this (the "page:settled" message) instead of a fixed sleep.
   */
  const idle = (): Promise<void> =>
    new Promise((resolve) => {
      idleWaiters.push(resolve);
      wakeIfIdle();
    });

  return {
    soon,
    now,
    idle,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      wakeIfIdle();
    },
  };
}
