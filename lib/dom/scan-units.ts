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

/** Elements visited between two yields of listUnitsSteps. */
const STEP = 256;

export function listUnits(root: Element, skip: (el: Element) => boolean = isChrome): UnitListing {
  const steps = listUnitsSteps(root, skip);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** listUnits in steps: yields every few hundred elements, so a caller can slice it. */
export function* listUnitsSteps(root: Element, skip: (el: Element) => boolean = isChrome): Generator<void, UnitListing> {
  const out: UnitListing = { units: [], shadowRoots: [], frames: [] };
  let visited = 0;
  // Explicit stack, not recursion: pages nest elements thousands deep.
  const stack: { el: Element; depth: number }[] = [{ el: root, depth: 0 }];
  while (stack.length > 0 && out.units.length < MAX_UNITS) {
    if (++visited % STEP === 0) yield;
    const { el, depth } = stack.pop()!;
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) out.shadowRoots.push(shadow);
    if (depth >= MAX_DEPTH) {
      out.units.push(el);
      continue;
    }
    // One pass over the children: text of its own (a non-blank text node or an inline element)
    // makes el a unit; otherwise its block children are walked. Yields inside long child lists.
    let own = false;
    const kids: Element[] = [];
    const frames: HTMLIFrameElement[] = [];
    let seen = 0;
    for (const c of flatChildren(el)) {
      if (++seen % STEP === 0) yield;
      if (c.nodeType === 3) {
        // The text map keeps no-break spaces, so they count as text here too.
        if (/[^ \t\n\r\f]/.test((c as Text).data)) {
          own = true;
          break;
        }
        continue;
      }
      if (c.nodeType !== 1) continue;
      const ce = c as Element;
      if (ce.tagName === 'IFRAME') {
        frames.push(ce as HTMLIFrameElement);
        continue;
      }
      if (skip(ce)) continue;
      // A shadow host (a web component holding a story) is walked like a block container, so its
      // shadow root is found, watched, and cut into units of its own.
      const host = !!(ce as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (!host && !BLOCK_TAGS.has(ce.tagName.toUpperCase())) {
        own = true;
        break;
      }
      kids.push(ce);
    }
    if (own) {
      out.units.push(el);
      continue;
    }
    for (const f of frames) if (frameDocument(f)) out.frames.push(f);
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
