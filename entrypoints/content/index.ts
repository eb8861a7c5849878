import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OWN_ATTRIBUTE } from '../../lib/dom/chrome-filter';
import { fail, ok } from '../../lib/protocol/messages';
import { parseContentMessage } from '../../lib/protocol/validate';
import { detectInPage } from '../../lib/pipeline';
import type { QuoteRecord } from '../../lib/results/quote-record';
import { askBackground } from '../../platform/messaging';
import { getSettings, isSiteEnabled, settingsItem } from '../../platform/settings';
import { toRecord } from './found-quote';
import { focusQuote } from './highlighter';
import { createHoverCard } from './hover-card';
import { installPageStyle } from './page-style';
import { createPageScanner } from './page-scanner';
import { createRescanQueue } from './rescan-queue';

/** How often an orphaned script (extension updated, reloaded or removed) notices and cleans up. */
const ORPHAN_CHECK_MS = 1_000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const doc = document;
    let settings = await getSettings();
    if (ctx.isInvalid) return;
    let records = new Map<string, QuoteRecord>();
    const styled = new Set<Document | ShadowRoot>();
    const style = (root: Document | ShadowRoot) => {
      styled.add(root);
      installPageStyle(root, settings.highlightStyle);
    };
    style(doc);

    const scanner = createPageScanner(ctx, doc, {
      detect: detectInPage,
      match: async (quotes) => {
        const reply = await askBackground('page:quotes', { url: location.href.slice(0, 2048), title: doc.title.slice(0, 2048), quotes });
        return reply.ok ? reply.value : null;
      },
      onMarkedRoot: (root) => !styled.has(root) && style(root),
      onFrame: (d) => {
        card.attach(d);
        if (!styled.has(d)) style(d);
      },
      onChange: () => queue.soon(),
    });
    const card = createHoverCard(ctx, doc, (id) => records.get(id), scanner.marksOf);

    const queue = createRescanQueue(ctx, async (full) => {
      if (!isSiteEnabled(settings, location.hostname)) {
        scanner.clear();
        records = new Map();
        card.close();
        return;
      }
      const shown = await scanner.pass(full);
      if (ctx.isInvalid) return;
      records = new Map(shown.map((q) => [q.id, toRecord(q)]));
      card.refresh();
    });

    const unwatch = settingsItem.watch(async () => {
      settings = await getSettings();
      for (const root of styled) installPageStyle(root, settings.highlightStyle);
      // Strictness or site lists may have changed: match the page's quotes again, updating marks
      // in place (no unwrapping, so nothing flickers). The style needs only the CSS above.
      scanner.requestRematch();
      void queue.now(false);
    });

    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = parseContentMessage(raw);
      if (!parsed) return undefined;
      if (!parsed.ok) return Promise.resolve(fail(parsed.error));
      if (parsed.message.type === 'quote:focus') {
        const found = focusQuote(scanner.marksOf(String(parsed.message.payload.id)));
        return Promise.resolve(found ? ok(true) : fail('That quote is no longer on the page'));
      }
      return queue.now(true).then(() => ok(records.size));
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Single-page sites: a new route is a new page; start over.
    ctx.addEventListener(window, 'wxt:locationchange', () => queue.now(true));
    // Reading ctx.isInvalid notices an orphaned script (runtime id gone) and fires onInvalidated.
    ctx.setInterval(() => void ctx.isInvalid, ORPHAN_CHECK_MS);
    ctx.onInvalidated(() => {
      // An orphaned script's extension APIs may throw: each step on its own, the page cleanup last
      // and unconditional.
      const steps = [
        () => queue.stop(),
        () => unwatch(),
        () => browser.runtime.onMessage.removeListener(onMessage),
        () => scanner.stop(),
        () => {
          for (const root of [...styled, ...scanner.roots()]) root.querySelectorAll(`style[${OWN_ATTRIBUTE}]`).forEach((el) => el.remove());
          styled.clear();
        },
      ];
      for (const step of steps) {
        try {
          step();
        } catch {
          // Keep cleaning up.
        }
      }
    });
    await queue.now(false);
  },
});
