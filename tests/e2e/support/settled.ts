import type { PageSettled } from '../../../lib/protocol/messages';

export type { PageSettled };

/** What the content script says, and the id of its tab (the extension has no "tabs" permission to look it up by URL). */
export type SettledTab = PageSettled & { tabId: number };

/**
 * Runs inside an extension context (Chromium's service worker, a Firefox extension page): asks
 * every tab's content script whether its page is scanned ("page:settled" answers once no pass is
 * running or due; only the extension can ask, the page sees nothing). Returns the answer of the
 * tab showing `url`, or null while it has not answered (its script is not running yet, or still
 * scanning after `waitMs`). Self-contained: the automation libraries send it as source text.
 */
export async function askSettledInExtension({ url, waitMs }: { url: string; waitMs: number }): Promise<SettledTab | null> {
  type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
  const api = (g.browser ?? g.chrome)!;
  const tabs = await api.tabs.query({});
  const busy = new Promise<null>((r) => setTimeout(() => r(null), waitMs));
  const replies = await Promise.all(
    tabs.map((t) =>
      Promise.race([
        (api.tabs.sendMessage(t.id!, { qt: 1, type: 'page:settled', payload: {} }) as Promise<{ ok: boolean; value?: PageSettled }>)
          .then((r) => (r?.ok && r.value ? { ...r.value, tabId: t.id! } : null))
          .catch(() => null),
        busy,
      ]),
    ),
  );
  const mine = replies.filter((r) => r?.url === url);
  return mine.length > 0 ? mine[mine.length - 1]! : null;
}

/** Asks (through `inExtension`) until the page at `url` says it is scanned; throws after timeoutMs. */
export async function untilSettled(
  inExtension: (arg: { url: string; waitMs: number }) => Promise<SettledTab | null>,
  url: string,
  timeoutMs = 45_000,
): Promise<SettledTab> {
  const end = Date.now() + timeoutMs;
  let last: unknown = 'no answer';
  while (Date.now() < end) {
    try {
      const r = await inExtension({ url, waitMs: 5_000 });
      if (r) return r;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the page ${url} never said it was scanned: ${String(last)}`);
}
