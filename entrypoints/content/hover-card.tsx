import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/styles/card.css?inline';
import { StatementCard } from '../../components/StatementCard';
import { OWN_ATTRIBUTE } from '../../lib/dom/chrome-filter';
import { ID_ATTR, MARK_TAG } from '../../lib/dom/highlight';
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

/**
 * The hover card: one shadow-root host for the whole page, so page styles cannot reach in and ours
 * cannot leak out. Opens on hover and keyboard focus; Escape, leaving, or blur closes it.
 */
export function createHoverCard(
  ctx: ContentScriptContext,
  doc: Document,
  lookup: (id: string) => QuoteRecord | undefined,
  marksOf: (id: string) => HTMLElement[],
) {
  // A previous instance that died without cleaning up (Firefox unloads an add-on's content scripts
  // without running them again) may have left its host: one card per page.
  for (const stale of doc.querySelectorAll('quotetrace-card')) stale.remove();
  const host = doc.createElement('quotetrace-card');
  host.setAttribute(OWN_ATTRIBUTE, 'card');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${HOST_CSS}\n${cardCss}`;
  const box = doc.createElement('div');
  box.className = 'qt-hover';
  box.lang = t('ui_lang'); // the card speaks our language, not the page's
  box.hidden = true;
  box.setAttribute('role', 'dialog');
  shadow.append(style, box);
  doc.documentElement.appendChild(host);

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
  const attached = new WeakSet<Document>();

  ctx.addEventListener(host, 'mouseenter', () => clearTimeout(closeTimer));
  ctx.addEventListener(host, 'mouseleave', scheduleClose);
  /** Listens in a document holding marks: the page, or a same-origin frame. */
  const listen = (d: Document) => {
    ctx.addEventListener(d, 'mouseover', (e) => {
      const mark = markIn(e);
      if (!mark) return;
      const id = mark.getAttribute(ID_ATTR)!;
      clearTimeout(closeTimer);
      if (id === openId) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => open(id), OPEN_DELAY_MS);
    });
    ctx.addEventListener(d, 'mouseout', (e) => {
      const from = markIn(e);
      if (!from) return;
      const to = (e as MouseEvent).relatedTarget;
      if (to === host || markOf(to)?.getAttribute(ID_ATTR) === from.getAttribute(ID_ATTR)) return;
      scheduleClose();
    });
    ctx.addEventListener(d, 'focusin', (e) => {
      const mark = markIn(e);
      if (mark) open(mark.getAttribute(ID_ATTR)!);
    });
    ctx.addEventListener(d, 'focusout', (e) => {
      if (!markIn(e)) return;
      const to = (e as FocusEvent).relatedTarget;
      if (to === host) return;
      scheduleClose();
    });
    ctx.addEventListener(d, 'keydown', (e) => {
      const ke = e as KeyboardEvent;
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
