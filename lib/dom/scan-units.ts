import { isChrome } from './chrome-filter';
import { BLOCK_TAGS, flatChildren, MAX_DEPTH } from './text-map';

/**
 * Cuts an article into scan units: the smallest block elements that hold text of their own (a
 * paragraph, a list item, a heading; or a container that mixes text and blocks). A DOM change is
 * traced to its unit, so only that unit is read and detected again. The walk follows the flat tree
 * (open shadow roots, slots) and reports the shadow roots and same-origin frame documents it
 * passes, so the caller can watch them too.
 */

export interface UnitListing {
  /** In reading order. */
  units: Element[];
  /** Open shadow roots met on the way, to observe. */
  shadowRoots: ShadowRoot[];
  /** Same-origin iframes whose document could be read, to scan as a separate article. */
  frames: HTMLIFrameElement[];
}

/** Hard bound on units per page: beyond this the page is not an article any more. */
export const MAX_UNITS = 50_000;

/** The iframe's document when it is same-origin and loaded; null otherwise (never throws). */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc && doc.body ? doc : null;
  } catch {
    return null;
  }
}

function hasOwnText(el: Element, skip: (el: Element) => boolean): boolean {
  for (const c of flatChildren(el)) {
    if (c.nodeType === 3) {
      // The text map keeps no-break spaces, so they count as text here too.
      if (/[^ \t\n\r\f]/.test((c as Text).data)) return true;
    } else if (c.nodeType === 1) {
      const ce = c as Element;
      if (ce.tagName === 'IFRAME' || skip(ce)) continue;
      if (!BLOCK_TAGS.has(ce.tagName.toUpperCase())) return true;
    }
  }
  return false;
}

export function listUnits(root: Element, skip: (el: Element) => boolean = isChrome): UnitListing {
  const out: UnitListing = { units: [], shadowRoots: [], frames: [] };
  // Explicit stack, not recursion: pages nest elements thousands deep.
  const stack: { el: Element; depth: number }[] = [{ el: root, depth: 0 }];
  while (stack.length > 0 && out.units.length < MAX_UNITS) {
    const { el, depth } = stack.pop()!;
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) out.shadowRoots.push(shadow);
    if (depth >= MAX_DEPTH || hasOwnText(el, skip)) {
      out.units.push(el);
      continue;
    }
    const kids: Element[] = [];
    for (const c of flatChildren(el)) {
      if (c.nodeType !== 1) continue;
      const ce = c as Element;
      if (ce.tagName === 'IFRAME') {
        if (frameDocument(ce as HTMLIFrameElement)) out.frames.push(ce as HTMLIFrameElement);
        continue;
      }
      if (!skip(ce)) kids.push(ce);
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ el: kids[i], depth: depth + 1 });
  }
  return out;
}

/**
 * The unit a changed node belongs to: climbs parents (through slots and shadow hosts) to the first
 * known unit. 'root' when the change is above every unit but inside an article root (the units
 * must be listed again); null when it is outside (a page's ticker, our own card).
 */
export function unitOf(node: Node | null, units: ReadonlySet<Element>, roots: ReadonlySet<Element>): Element | 'root' | null {
  for (let n: Node | null = node, steps = 0; n && steps < 20_000; steps++) {
    if (n.nodeType === 1) {
      if (units.has(n as Element)) return n as Element;
      if (roots.has(n as Element)) return 'root';
    }
    const slot = (n as Element).assignedSlot;
    if (slot) n = slot;
    else if (n.nodeType === 11) n = (n as ShadowRoot).host ?? null;
    else n = n.parentNode;
  }
  return null;
}
