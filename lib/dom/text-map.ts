import { isChrome } from './chrome-filter';

/**
 * The article as one string, with a map from every offset back to a Text node and offset in it.
 * Block elements are separated by a blank line; runs of white space inside the text collapse to
 * one space, as the browser renders them, and the map remembers where each character came from.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the segment's first character in TextMap.text. */
  start: number;
  end: number;
  /** Node offset for each character of the segment; null when the characters map one to one. */
  offsets: Uint32Array | null;
  /** Node offset of the first character when offsets is null. */
  nodeStart: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'DL', 'DD', 'DT', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
export const BLOCK_BREAK = '\n\n';
/** Text beyond this is not scanned: a bound for pathological pages (about 400,000 words). */
export const MAX_TEXT_CHARS = 2_500_000;
/** Depth bound: hostile pages nest elements thousands deep. */
export const MAX_DEPTH = 512;
const WS = /[ \t\n\r\f\u00a0]/;

export function buildTextMap(root: Element, skip: (el: Element) => boolean = isChrome): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  /** Pending separator: 0 none, 1 a space, 2 a block break. Emitted lazily before the next text. */
  let pending = 0;

  const emit = (node: Text, raw: string) => {
    let out = '';
    let offsets: number[] | null = null;
    let lastWasSpace = length === 0 || pending > 0 || parts[parts.length - 1]?.endsWith(' ');
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      if (WS.test(ch) && ch !== '\u00a0') {
        if (lastWasSpace) {
          offsets ??= Array.from({ length: out.length }, (_, k) => k);
          continue;
        }
        out += ' ';
        lastWasSpace = true;
      } else {
        out += ch;
        lastWasSpace = false;
      }
      offsets?.push(i);
    }
    if (!out || out === ' ') {
      if (out === ' ' && pending === 0) pending = 1;
      return;
    }
    const sep = length === 0 ? '' : pending === 2 ? BLOCK_BREAK : pending === 1 ? ' ' : '';
    pending = 0;
    if (sep) {
      parts.push(sep);
      length += sep.length;
    }
    if (length + out.length > MAX_TEXT_CHARS) return;
    const start = length;
    parts.push(out);
    length += out.length;
    const identity = offsets === null;
    segments.push({
      node,
      start,
      end: length,
      offsets: identity ? null : Uint32Array.from(offsets as number[]),
      nodeStart: 0,
    });
  };

  const walk = (el: Element, depth: number) => {
    if (depth > MAX_DEPTH || length >= MAX_TEXT_CHARS) return;
    for (const child of flatChildren(el)) {
      if (child.nodeType === 3) {
        emit(child as Text, (child as Text).data);
      } else if (child.nodeType === 1) {
        const ce = child as Element;
        if (skip(ce)) continue;
        const block = BLOCK_TAGS.has(ce.tagName.toUpperCase());
        if (block) pending = 2;
        walk(ce, depth + 1);
        if (block) pending = 2;
      }
    }
  };
  walk(root, 0);
  return { text: parts.join(''), segments };
}

/**
 * The children a reader sees, in order (the flat tree): an open shadow root's children instead of
 * the host's, and a slot's assigned nodes instead of its fallback content. Closed roots stay opaque.
 */
export function* flatChildren(el: Element): Generator<ChildNode> {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) {
    for (let c = shadow.firstChild; c; c = c.nextSibling) yield c;
    return;
  }
  if (el.tagName === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) {
      for (const c of assigned) yield c as ChildNode;
      return;
    }
  }
  for (let c = el.firstChild; c; c = c.nextSibling) yield c;
}

/** The segment holding text offset `offset` (binary search), or -1. */
function segmentIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = map.segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface NodePiece {
  node: Text;
  /** Start and end offsets inside node.data, end exclusive. */
  start: number;
  end: number;
}

const nodeOffset = (s: TextSegment, textOffset: number) =>
  s.offsets ? s.offsets[textOffset - s.start] : s.nodeStart + (textOffset - s.start);

/** The Text-node pieces that make up text[start, end), in document order. */
export function piecesForRange(map: TextMap, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  let i = segmentIndexAt(map, start);
  if (i < 0) {
    // start falls on a separator: begin at the next segment
    i = map.segments.findIndex((s) => s.start >= start);
    if (i < 0) return pieces;
  }
  for (; i < map.segments.length; i++) {
    const s = map.segments[i];
    if (s.start >= end) break;
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.end);
    if (b <= a) continue;
    pieces.push({ node: s.node, start: nodeOffset(s, a), end: nodeOffset(s, b - 1) + 1 });
  }
  return pieces;
}
