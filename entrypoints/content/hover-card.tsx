import { render } from 'preact';
import type { ContentScriptContext } from './quiet-context';
import cardCss from '../../components/styles/card.css?inline';
import { StatementCard } from '../../components/StatementCard';
import { OWN_ATTRIBUTE } from '../../lib/dom/chrome-filter';
import { MARK_TAG } from '../../lib/dom/highlight';
import type { QuoteRecord } from '../../lib/results/quote-record';
import { t, uiLocale } from '../../platform/i18n';
import { frameOffset, placeCard, shiftBox, unionBox } from './card-position';

/** Hover intent: a pointer passing over a quote should not flash a card. */
const OPEN_DELAY_MS = 150;
/** Time to move the pointer from the quote into the card before it closes. */
const CLOSE_GRACE_MS = 300;

const HOST_CSS = `:host{all:initial;position:fixed;z-index:2147483647;top:0;left:0;display:block;}
.qt-hover{position:fixed;width:min(380px, calc(100vw - 16px));overflow:auto;border-radius:8px;box-shadow:0 6px 24px rgba(20,24,31,.18);}
.qt-hover[hidden]{display:none;}`;
/** Inline and !important: page rules for div (even !important ones) must not move or hide the host. */
const HOST_STYLE = 'all:initial!important;position:fixed!important;z-index:2147483647!important;top:0!important;left:0!important;display:block!important;width:0!important;height:0!important;';
const HOST_SELECTOR = `[${OWN_ATTRIBUTE}="card"]`;

/**
 * The hover card: one shadow-root host for the whole page, so page styles cannot reach in and ours
 * cannot leak out. The host is a plain div (a page cannot pre-define it as a custom element) and
 * its shadow root is closed: the page cannot read what the card says. It opens only on the user's
 * own input (trusted pointer events; focus moved there by the user's Tab key), and what it shows
 * comes from the content script's state for the mark the content script made, never from the
 * page's DOM (ids and attributes can be rewritten by the page).
 */
export function createHoverCard(
  ctx: ContentScriptContext,
  doc: Document,
  lookup: (id: string) => QuoteRecord | undefined,
  marksOf: (id: string) => HTMLElement[],
  idOfMark: (mark: Element) => string | undefined,
) {
  // A previous instance that died without cleaning up (Firefox unloads an add-on's content scripts
  // without running them again) may have left its host: one card per page.
  for (const stale of doc.querySelectorAll(HOST_SELECTOR)) stale.remove();
  const host = doc.createElement('div');
  host.setAttribute(OWN_ATTRIBUTE, 'card');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${HOST_CSS}\n${cardCss}`;
  const box = doc.createElement('div');
  box.className = 'qt-hover';
  box.lang = t('ui_lang'); // the card speaks our language, not the page's
  box.hidden = true;
  box.setAttribute('role', 'dialog');
  shadow.append(style, box);
  doc.documentElement.appendChild(host);
  /**
   * Set between the end of a trusted, not cancelled Tab keydown and the first focus after it: only
   * the browser's own Tab navigation opens the card on focus, not a page script's focus() (which
   * after any real key press used to count as the keyboard's).
   */
  let tabMove = false;
  let tabKey: Event | null = null;

  let openId: string | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  const close = () => {
    cancel();
    if (openId === null) return;
    openId = null;
    box.hidden = true;
    render(null, box);
  };

  const open = (id: string) => {
    cancel();
    const quote = lookup(id);
    const marks = marksOf(id);
    if (!quote || marks.length === 0) return close();
    openId = id;
    box.setAttribute('aria-label', t('card_dialog_label'));
    render(<StatementCard quote={quote} t={t} locale={uiLocale()} compact onClose={close} />, box);
    box.hidden = false;
    box.style.maxHeight = '';
    const anchor = unionBox(marks.flatMap((m) => [...m.getClientRects()].map((r) => shiftBox(r, frameOffset(m.ownerDocument, doc)))));
    if (!anchor) return;
    const size = box.getBoundingClientRect();
    const view = doc.defaultView!;
    const place = placeCard(anchor, { width: size.width, height: size.height }, { width: view.innerWidth, height: view.innerHeight });
    box.style.top = `${place.top}px`;
    box.style.left = `${place.left}px`;
    box.style.maxHeight = `${place.maxHeight}px`;
  };

  const scheduleClose = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_GRACE_MS);
  };

  // Marks may sit in open shadow roots (events are retargeted to the host: read the composed
  // path) and in same-origin frames (other documents: instanceof Element is not reliable there).
  const markOf = (target: EventTarget | null) =>
    target && (target as Node).nodeType === 1 ? (target as Element).closest<HTMLElement>(MARK_TAG) : null;
  const markIn = (e: Event) => markOf(e.composedPath()[0] ?? e.target);
  /** The quote id of a mark the content script made; page-made look-alikes have none. */
  const ownId = (mark: Element | null) => (mark ? idOfMark(mark) : undefined);
  const attached = new WeakSet<Document>();

  ctx.addEventListener(host, 'mouseenter', (e) => void (e.isTrusted && clearTimeout(closeTimer)));
  ctx.addEventListener(host, 'mouseleave', (e) => void (e.isTrusted && scheduleClose()));
  /** Listens in a document holding marks: the page, or a same-origin frame. */
  const listen = (d: Document) => {
    ctx.addEventListener(d, 'mouseover', (e) => {
      if (!e.isTrusted) return;
      const id = ownId(markIn(e));
      if (!id) return;
      clearTimeout(closeTimer);
      if (id === openId) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => open(id), OPEN_DELAY_MS);
    });
    ctx.addEventListener(d, 'mouseout', (e) => {
      if (!e.isTrusted) return;
      const from = ownId(markIn(e));
      if (!from) return;
      const to = (e as MouseEvent).relatedTarget;
      if (to === host || ownId(markOf(to)) === from) return;
      scheduleClose();
    });
    ctx.addEventListener(d, 'focusin', (e) => {
      // Script focus() also fires a trusted focusin: only the focus move of a Tab press counts.
      const byTab = tabMove;
      tabMove = false;
      if (!e.isTrusted || !byTab) return;
      const id = ownId(markIn(e));
      if (id) open(id);
    });
    // Last on the keydown's path: the page's handlers have run. The browser moves focus after
    // this, in the same task; a page's focus() from a timer comes later and finds tabMove spent.
    const win = d.defaultView;
    if (win) {
      ctx.addEventListener(win, 'keydown', (e) => {
        if (e !== tabKey || e.defaultPrevented) return;
        tabKey = null;
        tabMove = true;
        setTimeout(() => void (tabMove = false), 0);
      });
    }
    ctx.addEventListener(d, 'focusout', (e) => {
      if (!markIn(e)) return;
      const to = (e as FocusEvent).relatedTarget;
      if (to === host) return;
      scheduleClose();
    });
    ctx.addEventListener(d, 'keydown', (e) => {
      const ke = e as KeyboardEvent;
      if (!e.isTrusted) return;
      tabKey = ke.key === 'Tab' ? e : null;
      if (openId === null) return;
      if (ke.key === 'Escape') {
        const id = openId;
        const inCard = d.activeElement === host;
        close();
        if (inCard) marksOf(id)[0]?.focus();
      } else if ((ke.key === 'Enter' || ke.key === 'ArrowDown') && markOf(d.activeElement)) {
        // From a focused quote, step into the card to reach its links.
        const first = shadow.querySelector<HTMLElement>('a, button, summary');
        if (first) {
          ke.preventDefault();
          first.focus();
        }
      }
    }, { capture: true });
  };
  listen(doc);
  ctx.addEventListener(shadow as unknown as EventTarget, 'focusout', (e) => {
    const to = (e as FocusEvent).relatedTarget as Node | null;
    if (!to || (!shadow.contains(to) && !markOf(to))) scheduleClose();
  });

  const destroy = () => {
    close();
    host.remove();
  };
  ctx.onInvalidated(destroy);
  return {
    close,
    /** Re-render after results change, if the card shows a quote. */
    refresh: () => openId !== null && open(openId),
    isOpen: () => openId,
    /** Also react to marks in this (same-origin frame) document. */
    attach: (d: Document) => {
      if (d !== doc && !attached.has(d)) {
        attached.add(d);
        listen(d);
      }
    },
    destroy,
  };
}
