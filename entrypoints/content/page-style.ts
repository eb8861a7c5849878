import type { HighlightStyle } from '../../platform/settings';
import { ID_ATTR, MARK_TAG } from '../../lib/dom/highlight';
import { OWN_ATTRIBUTE } from '../../lib/dom/chrome-filter';
import type { MatchStatus } from '../../lib/types';

/**
 * The only CSS we put into the page: how our own <qtmark> elements look. Statuses differ by line
 * style as well as colour (solid, wavy, double, dotted), so colour is never the only cue.
 *
 * Marks carry no status; rules select them by their opaque id. Whatever the page is shown, the page
 * can read (getComputedStyle), so the status used here is only ever the one against the bundled,
 * public database: a match from the user's private import is shown in the closed card alone.
 */
const LINES: Record<MatchStatus, string> = {
  verified: 'solid #1b6e3a',
  altered: 'wavy #b25e00',
  reworded: 'dashed #1a5fa8',
  readout: 'dashed #6b3fa0',
  misattributed: 'double #b3261e',
  unmatched: 'dotted #5f6368',
};
const TINTS: Record<MatchStatus, string> = {
  verified: 'rgba(27,110,58,.10)',
  altered: 'rgba(178,94,0,.13)',
  reworded: 'rgba(26,95,168,.10)',
  readout: 'rgba(107,63,160,.10)',
  misattributed: 'rgba(179,38,30,.13)',
  unmatched: 'rgba(95,99,104,.08)',
};

export interface MarkStyle {
  id: string;
  status: MatchStatus;
}

export function pageCss(style: HighlightStyle, marks: readonly MarkStyle[] = []): string {
  const base = `${MARK_TAG}{display:inline;font:inherit;color:inherit;cursor:help;border-radius:2px;}
${MARK_TAG}:focus-visible{outline:2px solid #1a73e8;outline-offset:2px;}
${MARK_TAG}[data-quotetrace-flash]{animation:quotetrace-flash 1.2s ease-out 2;}
@keyframes quotetrace-flash{0%{box-shadow:0 0 0 4px rgba(26,115,232,.55)}100%{box-shadow:0 0 0 4px rgba(26,115,232,0)}}`;
  if (style === 'off') return `${base}\n${MARK_TAG}{cursor:inherit;}`;
  const byStatus = new Map<MatchStatus, string[]>();
  for (const m of marks) {
    // Ids are ours (quote-id.ts): letters, digits, hyphens. Anything else is not put in CSS.
    if (!/^[a-z0-9-]+$/i.test(m.id)) continue;
    const list = byStatus.get(m.status) ?? [];
    list.push(`${MARK_TAG}[${ID_ATTR}="${m.id}"]`);
    byStatus.set(m.status, list);
  }
  const rules = (Object.keys(LINES) as MatchStatus[]).map((s) => {
    const [line, colour] = LINES[s].split(' ');
    const deco = `text-decoration:underline ${line} ${colour};text-decoration-thickness:${line === 'double' ? '3px' : '2px'};text-underline-offset:3px;text-decoration-skip-ink:none;`;
    const bg = style === 'full' ? `background:${TINTS[s]};` : '';
    // Unmatched is the default look: a mark we have no answer for yet is drawn as unmatched.
    const selector = s === 'unmatched' ? [MARK_TAG] : byStatus.get(s);
    return selector?.length ? `${selector.join(',')}{${deco}${bg}}` : '';
  });
  return `${base}\n${rules.filter(Boolean).join('\n')}`;
}

/**
 * Puts (or updates) our style element in a document or an open shadow root: page CSS does not
 * cross into shadow trees, so each root holding marks gets its own copy.
 */
export function installPageStyle(root: Document | ShadowRoot, style: HighlightStyle, marks: readonly MarkStyle[] = []): HTMLStyleElement {
  let el = root.querySelector<HTMLStyleElement>(`style[${OWN_ATTRIBUTE}="marks"]`);
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  if (!el) {
    el = doc.createElement('style');
    el.setAttribute(OWN_ATTRIBUTE, 'marks');
    const parent = root.nodeType === 9 ? (doc.head ?? doc.documentElement) : root;
    parent.appendChild(el);
  }
  const css = pageCss(style, marks);
  if (el.textContent !== css) el.textContent = css;
  return el;
}
