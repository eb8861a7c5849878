/**
 * Pair quote marks into quotation spans, paragraph by paragraph.
 * - A quote left open at a paragraph end continues when the next paragraph opens with the same
 *   kind of mark (news convention); otherwise it runs to the paragraph end and is flagged.
 * - Each family of marks is paired on its own; nested spans are then dropped so only the
 *   outermost quotation is returned (British '... "..." ...' and American "... '...' ...").
 */
import type { Range } from '../text/paragraphs';
import { findQuoteMarks, type MarkFamily, type QuoteMark } from './quote-marks';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const BLANK = /\s/;
const DIGIT = /\d/;

export interface RawSpan {
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark, or -1 when the quote runs unclosed to its paragraph end. */
  close: number;
  /** Position just after the closing mark (or the content end when unclosed). */
  after: number;
  /** Content range, marks excluded, blanks trimmed. */
  start: number;
  end: number;
  family: MarkFamily;
  multiParagraph: boolean;
}

/** Use single marks as outer quotation marks only when the text quotes mainly with them. */
const SINGLES_ONLY_IN_SINGLE_STYLE = true;

/** A transcript turn ("HOLT: …") starts a new quotation even after an unclosed one. */
const SPEAKER_LABEL = /^(?:[A-Z][A-Z'\u2019.-]+ ){0,2}[A-Z][A-Z'\u2019-]{2,}:\s/;
const LABEL_PEEK = 40;

/** Longest quote (in paragraphs) that may continue across paragraph breaks. */
const MAX_CONTINUED_PARAGRAPHS = 12;

const isBlank = (c: string): boolean => BLANK.test(c);

function makeSpan(text: string, open: QuoteMark, closeAt: number, close: QuoteMark | null, family: MarkFamily, multi: boolean): RawSpan | null {
  let s = open.pos + open.len;
  let e = closeAt;
  while (s < e && isBlank(text[s])) s++;
  while (e > s && isBlank(text[e - 1])) e--;
  if (e <= s) return null;
  const after = close ? close.pos + close.len : e;
  return { open: open.pos, close: close ? close.pos : -1, after, start: s, end: e, family, multiParagraph: multi };
}

/**
 * Whether a typewriter double mark that can close lies after pos in its paragraph. Positions
 * only grow within one pass, so the search pointer moves forward only: linear overall.
 */
function makeClosesLater(text: string): (pos: number, paraEnd: number) => boolean {
  let at = -2;
  return (pos, paraEnd) => {
    if (at !== -1 && at < pos) {
      at = pos;
      for (;;) {
        at = text.indexOf('"', at);
        if (at < 0 || !/\p{L}|\p{N}/u.test(text[at + 1] ?? '')) break;
        at++;
      }
    }
    return at >= 0 && at < paraEnd;
  };
}

function pairFamily(text: string, marks: QuoteMark[], paras: Range[], family: MarkFamily, out: RawSpan[]): void {
  let p = 0; // paragraph of the current mark
  let open: QuoteMark | null = null;
  let openPara = 0; // paragraph the open quote currently reaches
  let firstPara = 0;
  let nested = 0; // typographic quotations open inside a typewriter-marked one
  const closesLater = makeClosesLater(text);
  const flushUnclosed = (): void => {
    nested = 0;
    if (!open) return;
    const span = makeSpan(text, open, paras[openPara].end, null, family, openPara > firstPara);
    if (span) out.push(span);
    open = null;
  };
  for (const m of marks) {
    if (m.family !== family) continue;
    while (p < paras.length - 1 && paras[p].end <= m.pos) p++;
    if (open && p !== openPara) {
      const next = paras[openPara + 1];
      const continues = p === openPara + 1 && next.start === m.pos && m.role !== 'close'
        && openPara - firstPara < MAX_CONTINUED_PARAGRAPHS
        && !SPEAKER_LABEL.test(text.slice(m.pos + m.len, m.pos + m.len + LABEL_PEEK));
      if (continues) {
        openPara = p;
        continue;
      }
      flushUnclosed();
    }
    if (!open) {
      if (m.role !== 'close') {
        open = m;
        openPara = p;
        firstPara = p;
      }
      continue;
    }
    // …only when the typewriter quote really opened (not an inch mark) and closes in this paragraph
    const straightOuter = text[open.pos] === '"' && open.role === 'open' && !DIGIT.test(text[open.pos - 1] ?? '');
    if (m.role === 'open' && straightOuter && text[m.pos] !== '"' && closesLater(m.pos, paras[p].end)) {
      nested++; // "… “a quotation inside” …": typographic marks nested in a typewriter quote
      continue;
    }
    if (nested > 0 && text[m.pos] !== '"') {
      nested--;
      continue;
    }
    nested = 0;
    if (m.role === 'open') {
      open = m; // the earlier mark was never closed: start again here
      openPara = p;
      firstPara = p;
      continue;
    }
    const span = makeSpan(text, open, m.pos, m, family, openPara > firstPara);
    if (span) out.push(span);
    open = null;
  }
  flushUnclosed();
}

const reachOf = (s: RawSpan): number => s.after;

/** Keep only outermost spans; on crossing spans keep the earlier one. Input sorted by open. */
function keepOutermost(spans: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  let reach = -1;
  for (const s of spans) {
    if (s.open < reach) continue;
    out.push(s);
    reach = reachOf(s);
  }
  return out;
}

/**
 * Single-mark spans are less certain (apostrophes): keep one only when it overlaps no double
 * span or wholly contains the ones it overlaps (British outer quotes).
 */
function mergeSingles(doubles: RawSpan[], singles: RawSpan[]): RawSpan[] {
  const dropped = new Set<RawSpan>();
  const kept: RawSpan[] = [];
  let j = 0;
  for (const s of singles) {
    const a = s.open;
    const b = reachOf(s);
    while (j < doubles.length && reachOf(doubles[j]) < a) j++;
    let ok = true;
    const inside: RawSpan[] = [];
    for (let k = j; k < doubles.length && doubles[k].open <= b; k++) {
      const d = doubles[k];
      if (d.open > a && reachOf(d) < b) inside.push(d);
      else { ok = false; break; }
    }
    if (!ok) continue;
    for (const d of inside) dropped.add(d);
    kept.push(s);
  }
  const all = doubles.filter((d) => !dropped.has(d)).concat(kept);
  all.sort((x, y) => x.open - y.open);
  return keepOutermost(all);
}

/** How many '' marks the text holds, counting no further than limit. */
function countTypewriterDoubles(text: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf("''"); i >= 0 && n < limit * 2; i = text.indexOf("''", i + 2)) n++;
  return n;
}

const byOpen = (a: RawSpan, b: RawSpan): number => a.open - b.open || (b.end - b.start) - (a.end - a.start);

/** Quotation spans of a text, outermost only, sorted by start. */
export function findQuoteSpans(text: string, paras: Range[]): RawSpan[] {
  if (paras.length === 0) return [];
  const marks = findQuoteMarks(text);
  const doubles: RawSpan[] = [];
  const singles: RawSpan[] = [];
  for (const family of ['double', 'corner', 'white-corner'] as const) pairFamily(text, marks, paras, family, doubles);
  pairFamily(text, marks, paras, 'single', singles);
  doubles.sort(byOpen);
  singles.sort(byOpen);
  // an unclosed single mark is far more often an apostrophe than a quotation running on
  let closedSingles = singles.filter((s) => s.close >= 0 || s.multiParagraph);
  // in a text whose quotations use double marks, single marks outside them are headline
  // quotes or apostrophes; British texts (single marks outer) keep them
  const outerSingles = mergeSingles([], closedSingles).length;
  const typewriterDoubles = countTypewriterDoubles(text, outerSingles + 1);
  if (SINGLES_ONLY_IN_SINGLE_STYLE && doubles.length + typewriterDoubles / 2 > outerSingles) closedSingles = [];
  return mergeSingles(keepOutermost(doubles), keepOutermost(closedSingles));
}
