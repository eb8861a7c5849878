/**
 * Waiting and reading helpers shared by the e2e case files: a poll that tolerates the moments an
 * extension page is reloading, and the few extension API reads the cases assert on.
 */

/** Polls `fn` until it returns a truthy value (a throw or rejection counts as "not yet"). */
export async function until<T>(fn: () => Promise<T>, ms = 15_000, everyMs = 150): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
      last = v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** An extension page the cases can run code in (Playwright and Puppeteer pages both fit). */
export interface Evaluates {
  evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T>;
}

/** The host origins the browser lists as granted, sorted. */
export function grantedOrigins(p: Evaluates): Promise<string[]> {
  return p.evaluate(async () => ((await ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).permissions.getAll()).origins ?? []).sort(), null);
}

/** Whether the browser says `pattern` is granted. */
export function originGranted(p: Evaluates, pattern: string): Promise<boolean> {
  return p.evaluate((o) => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).permissions.contains({ origins: [o] }), pattern);
}

/** Innertext of the elements with data-testid `id`, one per line ('' when none). */
export function testIdText(p: Evaluates, id: string): Promise<string> {
  return p.evaluate((t) => [...document.querySelectorAll(`[data-testid="${t}"]`)].map((e) => (e as HTMLElement).innerText).join('\n'), id);
}
