import type { PageLike } from './hardening-page';
import { waitIn } from './hardening-page';

/** What the page saw while QuoteTrace scanned it. Times in ms; null where the browser lacks a probe. */
export interface PagePerf {
  page: string;
  quotesMarked: number;
  /** From the page's load event to the last mark (polled every 150 ms). */
  markedAfterMs: number;
  slices: number;
  maxSliceMs: number;
  totalSliceMs: number;
  longTasksAfterLoad: number | null;
  maxLongTaskMs: number | null;
  maxEventLoopLagMs: number;
  scrolled: boolean;
  errors: number;
}

interface Probe {
  longtaskSupported: boolean;
  loadedAt: number;
  maxLagMs: number;
  errors: string[];
  after: () => { duration: number }[];
  slices: () => number[];
}

/**
 * Waits until `expected` distinct quotes are marked (or the page says it is scanned), scrolling the
 * page while the scan runs, and reads the page's probe (tests/fixtures/pages/hardening/probe.js).
 */
export async function measurePage(page: PageLike, name: string, expected: number, timeoutMs = 120_000): Promise<PagePerf> {
  const before = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => window.scrollBy(0, 1500));
  const scrolled = (await waitIn(page, (y) => window.scrollY > y, before, 10_000).catch(() => false)) === true;
  let count = 0;
  let lastGrowth = Date.now();
  const end = Date.now() + timeoutMs;
  let doneAt = 0;
  while (Date.now() < end) {
    const [n, now] = await page.evaluate(() => [new Set([...document.querySelectorAll('qtmark')].map((m) => m.getAttribute('data-quotetrace-id'))).size, performance.now()] as const);
    if (n > count) {
      count = n;
      doneAt = now;
      lastGrowth = Date.now();
    }
    if (count >= expected) break;
    // No new mark for a while is no proof the scan is over (a loaded machine can starve its idle
    // slices for longer than any guess): stop early only once the page says it is scanned.
    if (Date.now() - lastGrowth > 5_000) {
      const done = await page.settled().then(() => true, () => false);
      const now = await page.evaluate(() => new Set([...document.querySelectorAll('qtmark')].map((m) => m.getAttribute('data-quotetrace-id'))).size);
      if (done && now <= count) break;
      lastGrowth = Date.now();
      continue;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __probe: Probe }).__probe;
    const slices = p.slices();
    const long = p.after();
    return {
      loadedAt: p.loadedAt,
      slices: slices.length,
      maxSliceMs: slices.reduce((a, b) => Math.max(a, b), 0),
      totalSliceMs: slices.reduce((a, b) => a + b, 0),
      longTasks: p.longtaskSupported ? long.length : null,
      maxLongTaskMs: p.longtaskSupported ? long.reduce((a, t) => Math.max(a, t.duration), 0) : null,
      maxLagMs: p.maxLagMs,
      errors: p.errors.length,
    };
  });
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    page: name,
    quotesMarked: count,
    markedAfterMs: Math.round(doneAt - probe.loadedAt),
    slices: probe.slices,
    maxSliceMs: r(probe.maxSliceMs),
    totalSliceMs: Math.round(probe.totalSliceMs),
    longTasksAfterLoad: probe.longTasks,
    maxLongTaskMs: probe.maxLongTaskMs === null ? null : r(probe.maxLongTaskMs),
    maxEventLoopLagMs: r(probe.maxLagMs),
    scrolled,
    errors: probe.errors,
  };
}
