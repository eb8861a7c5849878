import type { HighlightStyle } from '../../platform/settings';
import { MARK_TAG, STATUS_ATTR } from '../../lib/dom/highlight';
import { OWN_ATTRIBUTE } from '../../lib/dom/chrome-filter';

/**
 * The only CSS we put into the page: how our own <quotetrace-mark> elements look. Statuses differ
 * by line style as well as colour (solid, wavy, double, dotted), so colour is never the only cue.
 */
const LINES: Record<string, string> = {
  verified: 'solid #1b6e3a',
  altered: 'wavy #b25e00',
  reworded: 'dashed #1a5fa8',
  misattributed: 'double #b3261e',
  unmatched: 'dotted #5f6368',
};
const TINTS: Record<string, string> = {
  verified: 'rgba(27,110,58,.10)',
  altered: 'rgba(178,94,0,.13)',
  reworded: 'rgba(26,95,168,.10)',
  misattributed: 'rgba(179,38,30,.13)',
  unmatched: 'rgba(95,99,104,.08)',
};

export function pageCss(style: HighlightStyle): string {
  const base = `${MARK_TAG}{display:inline;font:inherit;color:inherit;cursor:help;border-radius:2px;}
${MARK_TAG}:focus-visible{outline:2px solid #1a73e8;outline-offset:2px;}
${MARK_TAG}[data-quotetrace-flash]{animation:quotetrace-flash 1.2s ease-out 2;}
@keyframes quotetrace-flash{0%{box-shadow:0 0 0 4px rgba(26,115,232,.55)}100%{box-shadow:0 0 0 4px rgba(26,115,232,0)}}`;
  if (style === 'off') return `${base}\n${MARK_TAG}{cursor:inherit;}`;
  const rules = Object.keys(LINES).map((s) => {
    const [line, colour] = LINES[s].split(' ');
    const deco = `text-decoration:underline ${line} ${colour};text-decoration-thickness:${line === 'double' ? '3px' : '2px'};text-underline-offset:3px;text-decoration-skip-ink:none;`;
    const bg = style === 'full' ? `background:${TINTS[s]};` : '';
    return `${MARK_TAG}[${STATUS_ATTR}="${s}"]{${deco}${bg}}`;
  });
  return `${base}\n${rules.join('\n')}`;
}

/**
 * Puts (or updates) our style element in a document or an open shadow root: page CSS does not
 * cross into shadow trees, so each root holding marks gets its own copy.
 */
export function installPageStyle(root: Document | ShadowRoot, style: HighlightStyle): HTMLStyleElement {
  let el = root.querySelector<HTMLStyleElement>(`style[${OWN_ATTRIBUTE}="marks"]`);
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  if (!el) {
    el = doc.createElement('style');
    el.setAttribute(OWN_ATTRIBUTE, 'marks');
    const parent = root.nodeType === 9 ? (doc.head ?? doc.documentElement) : root;
    parent.appendChild(el);
  }
  const css = pageCss(style);
  if (el.textContent !== css) el.textContent = css;
  return el;
}
