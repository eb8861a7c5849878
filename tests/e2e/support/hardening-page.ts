import type { SettledTab } from './settled';

/**
 * What the hardening tests need from a browser page, the same for playwright (Chromium) and
 * puppeteer (Firefox): evaluate in the page, hover a selector, poll until a condition holds.
 * chromiumPage() and firefoxPage() (support/chromium.ts, support/firefox.ts) make one.
 */
export interface PageLike {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  hover(selector: string): Promise<void>;
  close(): Promise<void>;
  /** Resolves once QuoteTrace has scanned the page as it is now (the "page:settled" message). */
  settled(): Promise<SettledTab>;
  /** The hover card's text through its closed shadow root ('' while shut): see closed-card.ts. */
  cardText?(): Promise<string>;
  /** The card box (viewport CSS pixels), read the same way. */
  cardBox?(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** How many img/script elements the card holds (0: page text stayed text). */
  cardElements?(): Promise<string>;
  /** Moves the real mouse (trusted events) to a viewport point. */
  mouseTo?(x: number, y: number): Promise<void>;
}

/** Everything a driver can do with a page, in both browsers. */
export interface DriverPage extends Required<PageLike> {
  /** The card's link targets, read through its closed shadow root. */
  cardLinks(): Promise<string[]>;
  /** Presses a real (trusted) key, e.g. 'a', 'Tab', 'Shift+Tab'. */
  press(key: string): Promise<void>;
}

/** Polls an async reader until it gives a non-empty string. */
export async function waitForText(fn: () => Promise<string>, timeoutMs = 20_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await fn().catch(() => '');
    if (v) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error('timed out waiting for the card');
}

export interface HardeningDriver {
  browser: 'chromium' | 'firefox';
  /** Opens a fixture path (under tests/fixtures/pages) in a new tab and waits for its load. */
  open(path: string): Promise<PageLike>;
}

/** Polls fn in the page until it returns a truthy value; throws with the last value on time-out. */
export async function waitIn<T, A = undefined>(page: PageLike, fn: (arg: A) => T, arg?: A, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      last = await page.evaluate(fn, arg as A);
      if (last) return last as T;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting; last value: ${String(last)}`);
}

/**
 * fn's value once the extension has scanned the page: the content script says so itself
 * ("page:settled", asked from the extension), so no quiet period is guessed (a loaded machine can
 * pause longer than any guess mid-scan).
 */
export async function settledIn<T, A = undefined>(page: PageLike, fn: (arg: A) => T, arg?: A): Promise<T> {
  await page.settled();
  return page.evaluate(fn, arg as A);
}

/**
 * In the page: marks per quote id in one root: '' for the document, 'shadow:<host selector>' for
 * an open shadow root, 'frame:<iframe selector>' for a same-origin frame's document.
 */
/**
 * Polls `fn` in the page until `ok` holds for its value and the value has stayed the same for
 * `quietMs`: after an update a second instance may unwrap the marks it finds and mark again, so a
 * first sight of the expected state is not yet the state the page settles in.
 */
export async function waitSteady<T>(page: PageLike, fn: () => T, ok: (v: T) => boolean, quietMs = 2_000, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  let value: T | undefined;
  while (Date.now() < end) {
    value = await page.evaluate(fn);
    const key = JSON.stringify(value);
    if (key !== last) [last, since] = [key, Date.now()];
    else if (ok(value) && Date.now() - since >= quietMs) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`not steady in time; last value: ${last}`);
}

export function markSummary(where = '') {
  const [kind, sel] = [where.split(':')[0], where.slice(where.indexOf(':') + 1)];
  const root: Document | ShadowRoot | null =
    kind === 'shadow'
      ? (document.querySelector(sel)?.shadowRoot ?? null)
      : kind === 'frame'
        ? ((document.querySelector(sel) as HTMLIFrameElement | null)?.contentDocument ?? null)
        : document;
  if (!root) return { ids: 0, marks: 0, nested: 0, texts: [] as string[] };
  const byId: Record<string, { text: string; count: number; status: string }> = {};
  for (const m of root.querySelectorAll('qtmark')) {
    const id = m.getAttribute('data-quotetrace-id') ?? '';
    const e = (byId[id] ??= { text: '', count: 0, status: getComputedStyle(m).textDecorationStyle });
    e.text += m.textContent ?? '';
    e.count++;
  }
  const nested = root.querySelectorAll('qtmark qtmark').length;
  return { ids: Object.keys(byId).length, marks: Object.values(byId).reduce((n, e) => n + e.count, 0), nested, texts: Object.values(byId).map((e) => e.text) };
}

/** In the page: what QuoteTrace left in the page (marks, card host, our style elements). */
export function leftovers() {
  return {
    marks: document.querySelectorAll('qtmark').length,
    cards: document.querySelectorAll('[data-quotetrace-ui="card"]').length,
    styles: document.querySelectorAll('style[data-quotetrace-ui]').length,
  };
}
