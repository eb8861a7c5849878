/**
 * The real saved news pages (../shared/eval/realpages/pages, read by path) in a real browser with
 * the built extension: what QuoteTrace's scan costs each page. The pages are served with the
 * hardening probe (tests/fixtures/pages/hardening/probe.js) put first in their <head>, and a
 * Content-Security-Policy that lets only that probe run: the pages' own scripts (ads, trackers,
 * players) are not what is measured, and their long tasks would hide ours. Other hosts are
 * unreachable here, so callers point the browser's proxy at a closed port and loads end at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { PageLike } from '../../tests/e2e/support/hardening-page';
import { PAGES } from '../../tests/e2e/support/paths';
import { decodeFileBytes } from './files';

/** ../shared beside the repository (as CI lays it out), else the machine's /work/shared. */
export const REALPAGES_DIR = [resolve(import.meta.dirname, '../../../shared/eval/realpages/pages'), '/work/shared/eval/realpages/pages'].find((p) => existsSync(p)) ?? null;

/** A closed local port: every request to another host fails at once through it. */
export const DEAD_PROXY = '127.0.0.1:9';

/** After the scan is settled, marks may still be wrapped in later slices: wait this long without change. */
const QUIET_MS = 1_500;
const SETTLE_TIMEOUT_MS = 60_000;
const LONG_TASK_MS = 50;

export interface RealPagePerf {
  page: string;
  marks: number;
  /** Long tasks after the page's load event (Chromium only; null where the browser has no longtask). */
  longTasks: number | null;
  maxLongTaskMs: number | null;
  slices: number;
  /** QuoteTrace's own slices over 50 ms (both browsers: the content script's performance.measure). */
  longSlices: number;
  maxSliceMs: number;
  totalSliceMs: number;
  /** From the first QuoteTrace slice to the end of the last (idle waits and matching included). */
  scanMs: number;
  maxLagMs: number;
  errors: number;
}

export interface RealPagesServer {
  origin: string;
  pages: string[];
  close: () => Promise<void>;
}

/** Serves the real pages with the probe injected and every other script refused by CSP. */
export async function serveRealPages(dir: string): Promise<RealPagesServer> {
  const probe = readFileSync(join(PAGES, 'hardening/probe.js'), 'utf8');
  const hash = createHash('sha256').update(probe).digest('base64');
  const csp = `script-src 'sha256-${hash}'; object-src 'none'`;
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
    if (!pages.includes(name)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    // Decoded as the scanner's CLI decodes files (BOM, meta charset, else UTF-8), sent as UTF-8: a
    // saved page without a charset would otherwise be read as windows-1252, its quote marks garbled.
    const html = decodeFileBytes(readFileSync(join(dir, name)));
    // The probe before anything else of the page: after <head> (or at the start when there is none).
    const at = /<head[^>]*>/i.exec(html);
    const i = at ? at.index + at[0].length : 0;
    const body = Buffer.from(`${html.slice(0, i)}<script>${probe}</script>${html.slice(i)}`, 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, pages, close: () => new Promise((ok) => server.close(() => ok())) };
}

interface ProbeRead {
  loadedAt: number;
  now: number;
  marks: number;
  longtaskSupported: boolean;
  long: number[];
  slices: number[];
  /** Start of the first and end of the last QuoteTrace slice, on the page's clock. */
  firstSliceStart: number;
  lastSliceEnd: number;
  maxLagMs: number;
  errors: number;
}

function readProbe(): ProbeRead {
  const p = (window as unknown as { __probe: { longtaskSupported: boolean; loadedAt: number; maxLagMs: number; errors: string[]; after: () => { duration: number }[]; slices: () => number[] } }).__probe;
  return {
    loadedAt: p.loadedAt,
    now: performance.now(),
    marks: new Set([...document.querySelectorAll('qtmark')].map((m) => m.getAttribute('data-quotetrace-id'))).size,
    longtaskSupported: p.longtaskSupported,
    long: p.after().map((t) => t.duration),
    slices: p.slices(),
    firstSliceStart: Math.min(performance.now(), ...performance.getEntriesByName('quotetrace:slice').map((e) => e.startTime)),
    lastSliceEnd: Math.max(0, ...performance.getEntriesByName('quotetrace:slice').map((e) => e.startTime + e.duration)),
    maxLagMs: p.maxLagMs,
    errors: p.errors.length,
  };
}

/**
 * Reads the probe once the scan has slices and neither they nor the marks changed for QUIET_MS.
 * The extension's "scanned" answer is asked only after: asking costs the page time in Firefox
 * (a few hundred ms of lag), which is the driver's, not QuoteTrace's.
 */
export async function measureRealPage(page: PageLike, name: string): Promise<RealPagePerf> {
  let r = await page.evaluate(readProbe);
  const end = Date.now() + SETTLE_TIMEOUT_MS;
  for (let quietSince = Date.now(); Date.now() < end && (r.slices.length === 0 || Date.now() - quietSince < QUIET_MS);) {
    await new Promise((ok) => setTimeout(ok, 200));
    const next = await page.evaluate(readProbe);
    if (next.marks !== r.marks || next.slices.length !== r.slices.length) quietSince = Date.now();
    r = next;
  }
  await page.settled().catch(() => undefined);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    page: name,
    marks: r.marks,
    longTasks: r.longtaskSupported ? r.long.length : null,
    maxLongTaskMs: r.longtaskSupported ? round(Math.max(0, ...r.long)) : null,
    slices: r.slices.length,
    longSlices: r.slices.filter((d) => d > LONG_TASK_MS).length,
    maxSliceMs: round(Math.max(0, ...r.slices)),
    totalSliceMs: Math.round(r.slices.reduce((a, b) => a + b, 0)),
    scanMs: Math.round(r.lastSliceEnd - r.firstSliceStart),
    maxLagMs: round(r.maxLagMs),
    errors: r.errors,
  };
}

/** One table row per page and a summary line per browser. */
export function realPagesTable(rows: (RealPagePerf & { browser: string })[]): string {
  const head = ['browser', 'page', 'marks', 'long tasks', 'max long task', 'slices', 'slices > 50 ms', 'max slice', 'total slice', 'scan', 'max lag', 'errors'];
  const cells = rows.map((r) => [
    r.browser, r.page, String(r.marks), r.longTasks === null ? 'n/a' : String(r.longTasks), r.maxLongTaskMs === null ? 'n/a' : `${r.maxLongTaskMs} ms`,
    String(r.slices), String(r.longSlices), `${r.maxSliceMs} ms`, `${r.totalSliceMs} ms`, `${r.scanMs} ms`, `${r.maxLagMs} ms`, String(r.errors),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const lines = [head, ...cells].map((c) => c.map((x, i) => x.padEnd(widths[i])).join('  '));
  for (const b of [...new Set(rows.map((r) => r.browser))]) {
    const mine = rows.filter((r) => r.browser === b);
    const withLong = mine.filter((r) => (r.longTasks ?? 0) > 0).length;
    const withLongSlice = mine.filter((r) => r.longSlices > 0).length;
    const scans = mine.map((r) => r.scanMs).sort((a, c) => a - c);
    lines.push(`${b}: pages with long tasks after load ${mine[0]?.longTasks === null ? 'n/a' : `${withLong} of ${mine.length}`}, `
      + `pages with a QuoteTrace slice over ${LONG_TASK_MS} ms ${withLongSlice} of ${mine.length}, max slice ${Math.max(0, ...mine.map((r) => r.maxSliceMs))} ms, `
      + `scan median ${scans[scans.length >> 1] ?? 0} ms, max ${scans[scans.length - 1] ?? 0} ms`);
  }
  return lines.join('\n');
}
