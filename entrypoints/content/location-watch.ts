import type { ContentScriptContext } from './quiet-context';

/** How often the address is compared: a route change is noticed within this. */
const POLL_MS = 1_000;

/**
 * Calls back when the page's address changes other than in its #fragment (single-page sites: a
 * new route is a new page). Polled from the content script, never an event: the page cannot fire
 * it, and a page rewriting its address in a loop costs at most one rescan per poll.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: () => void): { check: () => void } {
  const strip = (href: string) => href.replace(/#.*$/, '');
  let last = strip(location.href);
  const check = () => {
    const now = strip(location.href);
    if (now === last) return;
    last = now;
    onChange();
  };
  ctx.setInterval(check, POLL_MS);
  /** Compares now, between polls (before saying whether the page is scanned). */
  return { check };
}
