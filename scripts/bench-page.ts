/**
 * npx tsx scripts/bench-page.ts [--json] [--chromium-only] [--runs N] [--realpages-only]
 *
 * What QuoteTrace costs a page, measured in real browsers on the built extension (run
 * `npm run build` first): the hardening fixture pages (50,000 words with 5,000 quotes, 100,000
 * elements, a page mutating every frame) are opened in Chromium and Firefox, and the page's own
 * probe (tests/fixtures/pages/hardening/probe.js) reports long tasks after load (Chromium's
 * longtask observer), the content script's slice durations (performance.measure
 * "quotetrace:slice", both browsers) and event-loop lag. Then detection's scaling in node:
 * time for 1x, 2x, 4x and 8x the same text, so a super-linear step shows as a ratio above 2.
 * Last, the real saved news pages (../shared/eval/realpages, scripts/lib/bench-realpages.ts): long
 * tasks, QuoteTrace's slices and scan time per page, Chromium and Firefox side by side.
 */
import { existsSync } from 'node:fs';
import { detectQuotes } from '../lib/detect/index';
import { serveFolder } from './lib/serve';
import { chromiumPage, launchChromium } from '../tests/e2e/support/chromium';
import { firefoxPage, launchFirefox, openExtensionPage } from '../tests/e2e/support/firefox';
import { measurePage, type PagePerf } from '../tests/e2e/support/hardening-perf';
import type { PageLike } from '../tests/e2e/support/hardening-page';
import { CHROME_BUILD, FIREFOX_BUILD, PAGES } from '../tests/e2e/support/paths';
import { DEAD_PROXY, measureRealPage, REALPAGES_DIR, realPagesTable, serveRealPages, type RealPagePerf } from './lib/bench-realpages';

const args = process.argv.slice(2);
const json = args.includes('--json');
const chromiumOnly = args.includes('--chromium-only');
const realOnly = args.includes('--realpages-only');
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 ? Number(args[args.indexOf('--runs') + 1]) : 1;
const log = (m: string) => !json && console.error(m);

/** Pages and how many distinct quotes each should end with. */
const CASES: { path: string; name: string; expected: number; settleMs: number }[] = [
  { path: '/hardening/long/', name: 'long (50k words, 5k quotes)', expected: 5000, settleMs: 120_000 },
  { path: '/hardening/huge/', name: 'huge (100k elements)', expected: 100, settleMs: 60_000 },
  { path: '/hardening/mutating/', name: 'mutating every frame', expected: 1_000_000, settleMs: 5_000 },
];

type Opener = (url: string) => Promise<PageLike>;

async function runBrowser(name: string, open: Opener, origin: string): Promise<(PagePerf & { browser: string })[]> {
  const out: (PagePerf & { browser: string })[] = [];
  for (const c of CASES) {
    for (let r = 0; r < runs; r++) {
      log(`${name}: ${c.name} (run ${r + 1}/${runs})`);
      const page = await open(`${origin}${c.path}`);
      out.push({ browser: name, ...(await measurePage(page, c.name, c.expected, c.settleMs)) });
      await page.close();
    }
  }
  return out;
}

function detectScaling(): { chars: number; ms: number; ratio: number | null }[] {
  const names = ['Maria Lopez', 'Peter Novak', 'Aiko Tanaka', 'John Carter', 'Sara Ahmed'];
  const para = (i: number) => `"The budget line ${i} must be reviewed," said ${names[i % 5]}. Members listened. ${names[i % 5].split(' ')[1]} added: "We will vote on item ${i} next week."`;
  const base = Array.from({ length: 400 }, (_, i) => para(i)).join('\n\n');
  const rows: { chars: number; ms: number; ratio: number | null }[] = [];
  detectQuotes(base); // warm up
  for (const k of [1, 2, 4, 8]) {
    const text = Array.from({ length: k }, () => base).join('\n\n');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      detectQuotes(text);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const ms = Math.round(times[2] * 10) / 10;
    rows.push({ chars: text.length, ms, ratio: rows.length ? Math.round((ms / rows[rows.length - 1].ms) * 100) / 100 : null });
  }
  return rows;
}

/** The real pages in both browsers; other hosts go to a closed proxy port, so loads end at once. */
async function runRealPages(): Promise<(RealPagePerf & { browser: string })[]> {
  if (!REALPAGES_DIR) {
    log('realpages: ../shared/eval/realpages not found, skipped');
    return [];
  }
  const server = await serveRealPages(REALPAGES_DIR);
  const out: (RealPagePerf & { browser: string })[] = [];
  try {
    const chromium = await launchChromium({ args: [`--proxy-server=http://${DEAD_PROXY}`] });
    try {
      for (const name of server.pages) {
        log(`chromium: realpages ${name}`);
        const p = await chromium.context.newPage();
        await p.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
        out.push({ browser: 'chromium', ...(await measureRealPage(chromiumPage(p), name)) });
        await p.close();
      }
    } finally {
      await chromium.close();
    }
    if (!chromiumOnly) {
      const [host, port] = DEAD_PROXY.split(':');
      const firefox = await launchFirefox({
        prefs: { 'network.proxy.type': 1, 'network.proxy.http': host, 'network.proxy.http_port': Number(port), 'network.proxy.ssl': host, 'network.proxy.ssl_port': Number(port) },
      });
      // An extension page kept open answers "is the tab scanned?" from the background: opening one
      // per question would put the measured tab in the background, where Firefox throttles timers.
      const asker = await openExtensionPage(firefox.browser, `${firefox.base}/privacy.html`);
      try {
        for (const name of server.pages) {
          log(`firefox: realpages ${name}`);
          const p = await firefox.browser.newPage();
          // A page whose subframes are refused (their hosts are unreachable) can fail the navigation
          // over BiDi ("Address rejected") though the page itself loaded: wait for its load instead.
          await p.goto(`${server.origin}/${name}`, { waitUntil: 'load' }).catch(() => p.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 }));
          await p.bringToFront();
          out.push({ browser: 'firefox', ...(await measureRealPage(firefoxPage(p), name)) });
          await p.close();
        }
      } finally {
        await asker.close().catch(() => undefined);
        await firefox.close();
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

async function main() {
  if (!existsSync(CHROME_BUILD) || (!chromiumOnly && !existsSync(FIREFOX_BUILD))) throw new Error('build first: npm run build');
  if (realOnly) {
    const real = await runRealPages();
    if (json) console.log(JSON.stringify({ realpages: real }));
    else console.log(realPagesTable(real));
    return;
  }
  const server = await serveFolder(PAGES);
  const results: (PagePerf & { browser: string })[] = [];
  try {
    const chromium = await launchChromium();
    try {
      results.push(
        ...(await runBrowser('chromium', async (url) => {
          const p = await chromium.context.newPage();
          await p.goto(url);
          return chromiumPage(p);
        }, server.origin)),
      );
    } finally {
      await chromium.close();
    }
    if (!chromiumOnly) {
      const firefox = await launchFirefox();
      try {
        results.push(
          ...(await runBrowser('firefox', async (url) => {
            const p = await firefox.browser.newPage();
            await p.goto(url);
            return firefoxPage(p);
          }, server.origin)),
        );
      } finally {
        await firefox.close();
      }
    }
  } finally {
    await server.close();
  }
  const real = await runRealPages();
  const scaling = detectScaling();
  if (json) {
    console.log(JSON.stringify({ pages: results, detectScaling: scaling, realpages: real }));
    return;
  }
  const head = ['browser', 'page', 'quotes', 'marked after', 'slices', 'max slice', 'total slice', 'long tasks', 'max long task', 'max lag', 'scrolled', 'errors'];
  const rows = results.map((r) => [
    r.browser, r.page, String(r.quotesMarked), `${r.markedAfterMs} ms`, String(r.slices), `${r.maxSliceMs} ms`, `${r.totalSliceMs} ms`,
    r.longTasksAfterLoad === null ? 'n/a' : String(r.longTasksAfterLoad), r.maxLongTaskMs === null ? 'n/a' : `${r.maxLongTaskMs} ms`,
    `${r.maxEventLoopLagMs} ms`, r.scrolled ? 'yes' : 'NO', String(r.errors),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  console.log('\ndetection scaling (node, median of 5): chars -> ms (ratio to previous size; 2.0 is linear)');
  for (const s of scaling) console.log(`  ${String(s.chars).padStart(9)} -> ${s.ms} ms${s.ratio === null ? '' : ` (x${s.ratio})`}`);
  if (real.length) console.log(`\nreal pages (../shared/eval/realpages, page scripts off, probe only)\n${realPagesTable(real)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
