import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { removeAllMarks } from '../../lib/dom/highlight';
import { OWN_ATTRIBUTE } from '../../lib/dom/chrome-filter';
import { MARK_TAG } from '../../lib/dom/highlight';
import { fail, ok } from '../../lib/protocol/messages';
import { parseContentMessage } from '../../lib/protocol/validate';
import type { QuoteRecord } from '../../lib/results/quote-record';
import { getSettings, isSiteEnabled, settingsItem } from '../../platform/settings';
import { focusQuote } from './highlighter';
import { createHoverCard } from './hover-card';
import { installPageStyle } from './page-style';
import { scanPage } from './scanner';

/** Quiet time after the page's last change before a rescan: lets a render settle. */
const RESCAN_DEBOUNCE_MS = 600;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const doc = document;
    let settings = await getSettings();
    let quotes = new Map<string, QuoteRecord>();
    const card = createHoverCard(ctx, doc, (id) => quotes.get(id));
    const style = installPageStyle(doc, settings.highlightStyle);
    let scanning = false;
    let again = false;

    const observer = new MutationObserver((records) => {
      const ours = (n: Node | null) =>
        n instanceof Element ? n.tagName.toLowerCase() === MARK_TAG || n.hasAttribute(OWN_ATTRIBUTE) : false;
      if (records.every((r) => ours(r.target) || [...r.addedNodes, ...r.removedNodes].every(ours))) return;
      schedule();
    });
    const observe = () => observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });

    const run = async () => {
      if (scanning) {
        again = true;
        return;
      }
      scanning = true;
      try {
        if (!isSiteEnabled(settings, location.hostname)) {
          observer.disconnect();
          removeAllMarks(doc);
          quotes = new Map();
          card.close();
          return;
        }
        observer.disconnect();
        const found = await scanPage(doc);
        if (ctx.isInvalid) return;
        quotes = new Map(found.map((q) => [q.id, q]));
        card.refresh();
      } catch (e) {
        console.warn('QuoteTrace: scan failed', e);
      } finally {
        observer.takeRecords();
        if (!ctx.isInvalid && isSiteEnabled(settings, location.hostname)) observe();
        scanning = false;
        if (again) {
          again = false;
          schedule();
        }
      }
    };
    let timer: number | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(run, RESCAN_DEBOUNCE_MS);
    };

    const unwatch = settingsItem.watch(async () => {
      settings = await getSettings();
      installPageStyle(doc, settings.highlightStyle);
      void run();
    });

    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = parseContentMessage(raw);
      if (!parsed) return undefined;
      if (!parsed.ok) return Promise.resolve(fail(parsed.error));
      if (parsed.message.type === 'quote:focus') {
        const found = focusQuote(doc, String(parsed.message.payload.id));
        return Promise.resolve(found ? ok(true) : fail('That quote is no longer on the page'));
      }
      return run().then(() => ok(quotes.size));
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
    ctx.onInvalidated(() => {
      observer.disconnect();
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      removeAllMarks(doc);
      style.remove();
    });
    await run();
  },
});
