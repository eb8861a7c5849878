/**
 * Where the hover card goes: below the quote when it fits, else above, else on the roomier side
 * with a capped height, so it never covers the words it explains and never leaves the viewport.
 */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
}

/** Space kept between the quote and the card, and between the card and the viewport edge. */
const GAP = 8;
const EDGE = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - anchor.bottom - GAP - EDGE;
  const above = anchor.top - GAP - EDGE;
  const left = Math.max(EDGE, Math.min(anchor.left, viewport.width - card.width - EDGE));
  if (card.height <= below) return { top: anchor.bottom + GAP, left, maxHeight: below };
  if (card.height <= above) return { top: anchor.top - GAP - card.height, left, maxHeight: above };
  if (below >= above) return { top: anchor.bottom + GAP, left, maxHeight: Math.max(below, 0) };
  const height = Math.max(above, 0);
  return { top: anchor.top - GAP - height, left, maxHeight: height };
}

/** The smallest box around a quote's line boxes (a quote may wrap over lines and marks). */
export function unionBox(rects: Iterable<Box>): Box | null {
  let box: Box | null = null;
  for (const r of rects) {
    if (r.right - r.left === 0 && r.bottom - r.top === 0) continue;
    box = box
      ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right) }
      : { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
  }
  return box;
}

/** Where a frame's viewport sits in the top viewport (0,0 for the top document itself). */
export function frameOffset(inner: Document, top: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let d: Document | null = inner; d && d !== top; ) {
    const frame: Element | null = d.defaultView?.frameElement ?? null;
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
    d = frame.ownerDocument;
  }
  return { x, y };
}

export const shiftBox = (r: Box, by: { x: number; y: number }): Box => ({
  top: r.top + by.y,
  bottom: r.bottom + by.y,
  left: r.left + by.x,
  right: r.right + by.x,
});
