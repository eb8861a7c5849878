import type { NodePiece } from './text-map';

/**
 * Wraps quote spans in <qtmark> elements and takes them away again. The element name is our own, so
 * page styles for span or mark do not reach it, and it has no hyphen: it is not a valid custom
 * element name, so a page cannot define it first (and make creating it throw, or give it a shadow
 * root). The page's text nodes are split, never rewritten, and rejoined on removal. A mark carries
 * only an opaque id: what a database says about the quote is never written into the page.
 */

export const MARK_TAG = 'qtmark';
export const ID_ATTR = 'data-quotetrace-id';

/** Text nodes we split off, so removal rejoins exactly those and no page text node. */
const splitOffs = new WeakSet<Text>();

/**
 * Wraps each piece (all of one quote, in document order). Pieces must not overlap an existing
 * mark. Returns the created marks, first first.
 */
export function wrapPieces(doc: Document, pieces: NodePiece[], id: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // Last piece first: splitting keeps the head in the original node, so earlier pieces stay valid.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const { node, start, end } = pieces[i];
    if (!node.parentNode || end > node.data.length || start >= end) continue;
    let target = node;
    if (start > 0) {
      target = node.splitText(start);
      splitOffs.add(target);
    }
    if (end - start < target.data.length) splitOffs.add(target.splitText(end - start));
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute(ID_ATTR, id);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.unshift(mark);
  }
  if (marks[0]) marks[0].tabIndex = 0;
  return marks;
}

function rejoin(text: Text) {
  const prev = text.previousSibling;
  if (prev && prev.nodeType === 3 && (splitOffs.has(text) || splitOffs.has(prev as Text))) {
    (prev as Text).appendData(text.data);
    text.remove();
    return prev as Text;
  }
  return text;
}

/** Removes one mark, putting its text back and rejoining the node it was split from. */
export function unwrapMark(mark: Element) {
  const parent = mark.parentNode;
  if (!parent) return;
  const children = [...mark.childNodes];
  for (const c of children) parent.insertBefore(c, mark);
  const next = mark.nextSibling;
  mark.remove();
  let last: Text | null = null;
  for (const c of children) if (c.nodeType === 3) last = rejoin(c as Text);
  if (last && next && next.nodeType === 3 && splitOffs.has(next as Text)) rejoin(next as Text);
}

/**
 * Takes away a mark this script did not make (a former instance's, or a copy the page made),
 * keeping every text node as it is: a text map read while the mark was there stays valid.
 */
export function liftMark(mark: Element) {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}

export function findMarks(root: ParentNode, id?: string): HTMLElement[] {
  // Ids are ours (see quote-id.ts): letters, digits and hyphens, safe in a selector as they are.
  if (id !== undefined && !/^[a-z0-9-]+$/i.test(id)) return [];
  const sel = id === undefined ? MARK_TAG : `${MARK_TAG}[${ID_ATTR}="${id}"]`;
  return [...root.querySelectorAll<HTMLElement>(sel)];
}

export function removeAllMarks(root: ParentNode) {
  for (const m of findMarks(root)) unwrapMark(m);
}

/** True when the node already sits inside one of our marks: wrapping it again would nest marks. */
export function isInsideMark(node: Node): boolean {
  for (let n = node.parentNode; n && n.nodeType === 1; n = n.parentNode) if ((n as Element).localName === MARK_TAG) return true;
  return false;
}

/**
 * Unwraps every mark element under el, ours or copies the page made of them (a re-render that
 * copied innerHTML), so a rescan of el starts from the page's own text. Returns how many.
 */
export function unwrapMarksIn(el: ParentNode): number {
  const marks = findMarks(el);
  for (const m of marks) unwrapMark(m);
  return marks.length;
}
