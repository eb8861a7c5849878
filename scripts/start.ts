/**
 * npm start (after the build): opens Chromium with the extension loaded on the demo article when
 * there is a display; otherwise says where the built extension is and scans the demo in the terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { serveFolder } from './lib/serve';

const REPO = resolve(import.meta.dirname, '..');
const CHROME_BUILD = join(REPO, '.output/chrome-mv3');
const FIREFOX_BUILD = join(REPO, '.output/firefox-mv2');
const PAGES = join(REPO, 'tests/fixtures/pages');
const DEMO = join(PAGES, 'founding-article/index.html');
const BROWSERS = ['chromium', 'google-chrome', 'google-chrome-stable', 'chrome'];

function findBrowser(): string | null {
  for (const b of BROWSERS) {
    const r = spawnSync('sh', ['-c', `command -v ${b}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

function explain() {
  console.log(`
QuoteTrace is built.
  Chrome / Chromium: ${relative(process.cwd(), CHROME_BUILD)}
    chrome://extensions → turn on Developer mode → Load unpacked → choose that folder.
  Firefox:           ${relative(process.cwd(), FIREFOX_BUILD)}
    about:debugging#/runtime/this-firefox → Load Temporary Add-on → choose manifest.json in that folder.
  Zips for the stores: npm run zip (written to .output/).
`);
}

async function main() {
  const browser = findBrowser();
  const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  if (browser && hasDisplay && existsSync(CHROME_BUILD)) {
    const server = await serveFolder(PAGES);
    const url = `${server.origin}/founding-article/`;
    console.log(`Opening ${url} in ${browser} with QuoteTrace loaded. Close the browser to stop.`);
    const profile = mkdtempSync(join(tmpdir(), 'quotetrace-demo-'));
    const child = spawn(browser, [`--user-data-dir=${profile}`, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--no-first-run', url], { stdio: 'ignore' });
    child.on('exit', () => void server.close());
    return;
  }
  explain();
  console.log(hasDisplay ? 'No Chromium or Chrome found; scanning the demo article in the terminal instead:' : 'No display here; scanning the demo article in the terminal instead:');
  const scan = spawnSync('npx', ['tsx', join(REPO, 'scripts/scan.ts'), DEMO], { stdio: 'inherit' });
  process.exitCode = scan.status ?? 1;
}

void main();
