import type { DetectedQuote } from '../types';
import { BLOCK_BREAK } from './text-map';

/**
 * Detection over a page in windows of consecutive units, so no single detection call runs long
 * and a change re-detects only near where it happened. A window reads the article's lede and the
 * text just before it as context (where speakers are named in full), and keeps only the quotes
 * that begin and end inside the units being scanned.
 */

/**
 * Most characters of target units in one window. With its context a window is about 15,000
 * characters: 10-15 ms of detection in Chromium on a 2-core machine (20,000 took 20-30 ms).
 * Most news articles (up to about 1,700 words) fit one window, so they are detected whole.
 */
export const WINDOW_CHARS = 10_000;
/** The article's opening, read as context by every window: full names are introduced there. */
export const LEDE_CHARS = 2_500;
/** The text just before a window, read as context: the speaker of a quote is often named there. */
export const CONTEXT_CHARS = 2_500;

export interface WindowPlan {
  /** Unit indices read for context only, in order, all before the first target. */
  context: number[];
  /** Unit indices whose quotes are kept, consecutive (clean units between targets are read too). */
  span: number[];
}

export interface UnitQuote {
  /** Index of the unit the quote starts in. */
  unit: number;
  /** Offsets in that unit's text; end may run into later units of the window (multi-paragraph). */
  start: number;
  end: number;
  /** Index of the unit the quote ends in. */
  endUnit: number;
  endOffset: number;
  quote: DetectedQuote;
}

/** How many characters a window may read: its target units, the lede and the text before it. */
export interface WindowSize {
  span: number;
  lede: number;
  context: number;
}

export const DEFAULT_WINDOW_SIZE: WindowSize = { span: WINDOW_CHARS, lede: LEDE_CHARS, context: CONTEXT_CHARS };

/**
 * The size of a window that detection should finish within budgetMs at msPerChar (learned on the
 * page): only the targets shrink, to what the budget leaves after the lede and the text before,
 * never below MIN_SPAN_CHARS. The context keeps its full size: it is where the article names its
 * people, and a window that lost it attributed differently on a slow machine than on a fast one
 * (a name introduced five paragraphs up was no longer known).
 */
export const MIN_SPAN_CHARS = 2_500;
export function windowSizeFor(msPerChar: number, budgetMs: number): WindowSize {
  const total = Math.floor(budgetMs / Math.max(msPerChar, 1e-6));
  return { span: Math.max(MIN_SPAN_CHARS, Math.min(WINDOW_CHARS, total - LEDE_CHARS - CONTEXT_CHARS)), lede: LEDE_CHARS, context: CONTEXT_CHARS };
}

/**
 * Windows covering every target unit. `group` separates articles (the page, each frame): context
 * never crosses a group.
 */
export function planWindows(
  lengths: readonly number[],
  isTarget: readonly boolean[],
  group: readonly number[],
  /** A smaller first window: the very first detection call also pays for compiling the detector. */
  firstMaxChars = WINDOW_CHARS,
): WindowPlan[] {
  let first = true;
  return [...planWindowsLazily(lengths, isTarget, group, () => {
    const size = first ? { ...DEFAULT_WINDOW_SIZE, span: firstMaxChars } : DEFAULT_WINDOW_SIZE;
    first = false;
    return size;
  })];
}

/**
 * The same windows one at a time, each sized when it is planned (sizeOf is asked once per window,
 * so a caller can size the next window by how fast the last one ran).
 */
export function* planWindowsLazily(
  lengths: readonly number[],
  isTarget: readonly boolean[],
  group: readonly number[],
  sizeOf: () => WindowSize,
): Generator<WindowPlan> {
  const n = lengths.length;
  let groupStart = 0;
  for (let i = 0; i < n; ) {
    if (i > 0 && group[i] !== group[i - 1]) groupStart = i;
    if (!isTarget[i]) {
      i++;
      continue;
    }
    const { span: max, lede: ledeMax, context: contextMax } = sizeOf();
    let size = 0;
    let last = i;
    let j = i;
    for (; j < n && group[j] === group[i] && (j === i || size + lengths[j] <= max); j++) {
      size += lengths[j];
      if (isTarget[j]) last = j;
    }
    const span = range(i, last + 1);
    const context: number[] = [];
    let before = 0;
    // Context units that would overrun their share are left out (the nearest one may take twice
    // it): one long block before a window must not make its detection call long.
    for (let k = i - 1; k >= groupStart && before < contextMax; k--) {
      if (before + lengths[k] > (context.length === 0 ? 2 * contextMax : contextMax)) break;
      context.unshift(k);
      before += lengths[k];
    }
    let lede = 0;
    const ledeUnits: number[] = [];
    for (let k = groupStart; k < (context[0] ?? i) && lede < ledeMax; k++) {
      if (lede + lengths[k] > (ledeUnits.length === 0 ? 2 * ledeMax : ledeMax)) break;
      ledeUnits.push(k);
      lede += lengths[k];
    }
    yield { context: [...ledeUnits, ...context], span };
    i = last + 1;
  }
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);

/** Runs detection over one window and returns the kept quotes in unit coordinates. */
export function detectWindow(texts: readonly string[], plan: WindowPlan, detect: (text: string) => DetectedQuote[]): UnitQuote[] {
  const order = [...plan.context, ...plan.span];
  const starts: number[] = [];
  let text = '';
  for (const u of order) {
    // Empty units add no separator: the window's text is what the whole page's text map reads.
    if (text && texts[u]) text += BLOCK_BREAK;
    starts.push(text.length);
    text += texts[u];
  }
  const firstKept = plan.context.length;
  const locate = (pos: number, isEnd: boolean): number => {
    // Last unit whose start is <= pos (an end offset equal to a unit's end stays in that unit).
    let lo = 0;
    let hi = order.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < pos || (!isEnd && starts[mid] === pos)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: UnitQuote[] = [];
  for (const q of detect(text)) {
    const a = locate(q.start, false);
    const b = locate(q.end, true);
    if (a < firstKept || q.start - starts[a] >= texts[order[a]].length) continue;
    if (q.end - starts[b] > texts[order[b]].length) continue; // ends in a separator: not ours to cut
    out.push({
      unit: order[a],
      start: q.start - starts[a],
      end: a === b ? q.end - starts[a] : texts[order[a]].length,
      endUnit: order[b],
      endOffset: q.end - starts[b],
      quote: q,
    });
  }
  return out;
}
