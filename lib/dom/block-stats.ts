import { isNeverText } from './chrome-filter';
import { BLOCK_TAGS, flatChildren, MAX_DEPTH } from './text-map';

/**
 * One pass over a page that measures every element's content: how much text it holds, how much
 * of it is link text, how many commas. Article extraction scores containers from these numbers
 * rather than from their class names. Elements are kept in pre-order, so an element's
 * descendants are the index range (i, end[i]): "contains" is two comparisons.
 */
export interface BlockStats {
  els: Element[];
  index: Map<Element, number>;
  /** Parent's index in els, -1 for the walk's root. */
  parent: Int32Array;
  /** One past the index of the element's last descendant. */
  end: Int32Array;
  /** Characters of text inside (white space runs count once). */
  text: Float64Array;
  /** Characters of that text inside links. */
  link: Float64Array;
  commas: Float64Array;
  /** The element has a block-level child element (so it is a container, not a paragraph). */
  hasBlockChild: Uint8Array;
  /** What is inside: HEADING_INSIDE and MEDIA_INSIDE bits. */
  inside: Uint8Array;
}

export const HEADING_INSIDE = 1;
export const MEDIA_INSIDE = 2;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MEDIA = new Set(['IMG', 'PICTURE', 'FIGURE', 'VIDEO']);

/** Elements measured per page: beyond this the rest is not read (a bound for hostile pages). */
export const MAX_ELEMENTS = 200_000;
/** Nodes visited between two yields. */
const STEP = 512;

function textLength(s: string): { len: number; commas: number } {
  let len = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) {
      if (!space) len++;
      space = true;
      continue;
    }
    space = false;
    len++;
    if (c === 44 || c === 0xff0c || c === 0x3001) commas++;
  }
  return { len, commas };
}

export function* measureBlocks(top: Element): Generator<void, BlockStats> {
  const els: Element[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const own: { len: number; commas: number }[] = [];
  const blockChild: number[] = [];
  // Pre-order walk with an explicit stack: pages nest elements thousands deep.
  const stack: { el: Element; parent: number; depth: number }[] = [{ el: top, parent: -1, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && els.length < MAX_ELEMENTS) {
    const { el, parent, depth } = stack.pop()!;
    const i = els.length;
    els.push(el);
    parents.push(parent);
    depths.push(depth);
    let len = 0;
    let commas = 0;
    let block = 0;
    const kids: Element[] = [];
    for (const c of flatChildren(el)) {
      if (++visited % STEP === 0) yield;
      if (c.nodeType === 3) {
        const t = textLength((c as Text).data);
        len += t.len;
        commas += t.commas;
      } else if (c.nodeType === 1 && depth < MAX_DEPTH) {
        const ce = c as Element;
        if (isNeverText(ce)) continue;
        const tag = ce.tagName.toUpperCase();
        // Line breaks split text, they do not make a container: a <div> of <br>-separated text is prose.
        if (BLOCK_TAGS.has(tag) && tag !== 'BR' && tag !== 'HR') block = 1;
        kids.push(ce);
      }
    }
    own.push({ len, commas });
    blockChild.push(block);
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ el: kids[k], parent: i, depth: depth + 1 });
  }
  const n = els.length;
  const s: BlockStats = {
    els,
    index: new Map(),
    parent: Int32Array.from(parents),
    end: new Int32Array(n),
    text: new Float64Array(n),
    link: new Float64Array(n),
    commas: new Float64Array(n),
    hasBlockChild: Uint8Array.from(blockChild),
    inside: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    s.index.set(els[i], i);
    s.text[i] = own[i].len;
    s.commas[i] = own[i].commas;
    s.end[i] = i + 1;
    const tag = els[i].tagName.toUpperCase();
    s.inside[i] = (HEADINGS.has(tag) ? HEADING_INSIDE : 0) | (MEDIA.has(tag) ? MEDIA_INSIDE : 0);
  }
  // Children come after their parent in pre-order: summing from the end folds each subtree up.
  for (let i = n - 1; i > 0; i--) {
    if (i % (STEP * 8) === 0) yield;
    const p = s.parent[i];
    if (els[i].tagName === 'A') s.link[i] = s.text[i];
    s.text[p] += s.text[i];
    s.link[p] += s.link[i];
    s.commas[p] += s.commas[i];
    s.inside[p] |= s.inside[i];
    if (s.end[i] > s.end[p]) s.end[p] = s.end[i];
  }
  return s;
}

export function linkDensity(s: BlockStats, i: number): number {
  return s.text[i] > 0 ? s.link[i] / s.text[i] : 0;
}

/** True when element j is i or inside it. */
export function within(s: BlockStats, j: number, i: number): boolean {
  return j >= i && j < s.end[i];
}
