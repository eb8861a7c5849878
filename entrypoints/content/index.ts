import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OWN_ATTRIBUTE } from '../../lib/dom/chrome-filter';
import { pageDate } from '../../lib/dom/page-date';
import { fail, ok, type ContentMessageType, type Envelope, type Result } from '../../lib/protocol/messages';
import { parseContentMessage } from '../../lib/protocol/validate';
import { detectInPage } from '../../lib/pipeline';
import type { QuoteRecord } from '../../lib/results/quote-record';
import { askBackground } from '../../platform/messaging';
import { getSettings, isSiteEnabled, settingsItem, type Settings } from '../../platform/settings';
import { toRecord } from './found-quote';
import { focusQuote } from './highlighter';
import { createHoverCard } from './hover-card';
import { installPageStyle } from './page-style';
import { createPageScanner } from './page-scanner';
import { createRescanQueue } from './rescan-queue';
import { watchLocation } from './location-watch';
import type { ContentScriptContext } from './quiet-context';

/** How often an orphaned script (extension updated, reloaded or removed) notices and cleans up. */
const ORPHAN_CHECK_MS = 1_000;

export default defineContentScript({
  // Registered by the background (entrypoints/background/site-access.ts) for exactly the sites the
  // browser grants: the manifest holds no host access, so "only the sites I allow" is a boundary.
  registration: 'runtime',
  runAt: 'document_idle',
  // The started message would tell the page the extension's id; quiet-context.ts (aliased in for
  // WXT's context) sends nothing at all, this keeps WXT's own postMessage off should it be used.
  noScriptStartedPostMessage: true,
  async main(wxtCtx) {
    // Built from quiet-context.ts (see wxt.config.ts): the page cannot invalidate it.
    const ctx = wxtCtx as unknown as ContentScriptContext;
    // One live instance per page: the background also starts the script in tabs open when a site
    // is granted, and a registration may reach the same page. (The isolated world's global is not
    // the page's.) An orphaned instance (extension updated) does not count: the new one takes over.
    const slot = globalThis as { __quotetrace?: ContentScriptContext };
    if (slot.__quotetrace && !slot.__quotetrace.isInvalid) return;
    slot.__quotetrace = ctx;
    const doc = document;
    let settings = await getSettings();
    if (ctx.isInvalid) return;
    // The site check comes before anything touches the page: on a site the user switched off,
    // nothing of QuoteTrace is put in the page (no host, no style, no marks, no message).
    let running: ReturnType<typeof startOnPage> | null = null;
    const enabled = () => isSiteEnabled(settings, location.hostname);
    if (enabled()) running = startOnPage(ctx, doc, () => settings);

    const unwatch = settingsItem.watch(async () => {
      settings = await getSettings();
      if (enabled() && !running) running = startOnPage(ctx, doc, () => settings);
      else if (!enabled() && running) {
        running.stop();
        running = null;
      } else running?.settingsChanged();
    });

    const route = watchLocation(ctx, () => running?.routeChanged());
    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = parseContentMessage(raw);
      if (!parsed) return undefined;
      if (!parsed.ok) return Promise.resolve(fail(parsed.error));
      if (parsed.message.type === 'page:settled') {
        // A route change not yet polled for is work due: notice it first.
        route.check();
        const on = running;
        return (on ? on.settled() : Promise.resolve(0)).then((shown) => ok({ url: location.href, on: on !== null, shown }));
      }
      if (!running) return Promise.resolve(fail('QuoteTrace is off for this site'));
      return running.handle(parsed.message);
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Reading ctx.isInvalid notices an orphaned script (runtime id gone) and fires onInvalidated.
    ctx.setInterval(() => void ctx.isInvalid, ORPHAN_CHECK_MS);
    ctx.onInvalidated(() => {
      // An orphaned script's extension APIs may throw: each step on its own, the page cleanup last.
      for (const step of [() => unwatch(), () => browser.runtime.onMessage.removeListener(onMessage), () => running?.stop()]) {
        try {
          step();
        } catch {
          // Keep cleaning up.
        }
      }
      running = null;
    });
    await running?.first;
  },
});

/** QuoteTrace on this page: scanner, marks, their style, the card. Only started on an enabled site. */
function startOnPage(ctx: ContentScriptContext, doc: Document, currentSettings: () => Settings) {
  let records = new Map<string, QuoteRecord>();
  let stopped = false;
  const styled = new Set<Document | ShadowRoot>();
  let card: ReturnType<typeof createHoverCard> | null = null;
  const restyle = () => {
    const marks = scanner.pageStatuses();
    for (const root of styled) installPageStyle(root, currentSettings().highlightStyle, marks);
  };
  const frames = new Set<Document>();
  // The publication date, read once per address (a single-page site changes both together).
  let dated: { url: string; date: string | null } | null = null;
  const dateOfPage = () => {
    if (dated?.url !== location.href || dated.date === null) dated = { url: location.href, date: pageDate(doc) };
    return dated.date;
  };

  const scanner = createPageScanner(ctx, doc, {
    detect: detectInPage,
    match: async (quotes) => {
      const reply = await askBackground('page:quotes', { url: location.href.slice(0, 2048), title: doc.title.slice(0, 2048), date: dateOfPage(), quotes });
      return reply.ok ? reply.value : null;
    },
    onMarkedRoot: (root) => void styled.add(root),
    onFrame: (d) => {
      frames.add(d);
      card?.attach(d);
    },
    onChange: () => queue.soon(),
  });

  const queue = createRescanQueue(ctx, async (full) => {
    if (stopped) return;
    const shown = await scanner.pass(full);
    if (ctx.isInvalid || stopped) return;
    records = new Map(shown.map((q) => [q.id, toRecord(q)]));
    if (shown.length > 0 && !card) {
      // The card's host goes in only once there is something to show.
      card = createHoverCard(ctx, doc, (id) => records.get(id), scanner.marksOf, scanner.idOfMark);
      for (const d of frames) card.attach(d);
    }
    restyle();
    card?.refresh();
  });

  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const step of [
      () => queue.stop(),
      () => card?.destroy(),
      () => scanner.stop(),
      () => {
        for (const root of [...styled, ...scanner.roots()]) root.querySelectorAll(`style[${OWN_ATTRIBUTE}]`).forEach((el) => el.remove());
        styled.clear();
      },
    ]) {
      try {
        step();
      } catch {
        // Keep cleaning up.
      }
    }
    records = new Map();
  };

  return {
    first: queue.now(false),
    stop,
    routeChanged: () => void queue.now(true),
    /** Resolves with the number of quotes shown once no pass is running or due. */
    settled: () => queue.idle().then(() => records.size),
    settingsChanged: () => {
      restyle();
      // Strictness may have changed: match the page's quotes again, updating marks in place.
      scanner.requestRematch();
      void queue.now(false);
    },
    handle: (message: Envelope<ContentMessageType, Record<string, unknown>>): Promise<Result<unknown>> => {
      if (message.type === 'quote:focus') {
        const found = focusQuote(scanner.marksOf(String(message.payload.id)));
        return Promise.resolve(found ? ok(true) : fail('That quote is no longer on the page'));
      }
      return queue.now(true).then(() => ok(records.size));
    },
  };
}
