/**
 * Word tokens with offsets. A token is a run of letters/digits with inner apostrophes, hyphens
 * or periods ("don't", "Secretary-General", "U.S"); a trailing period is not part of it.
 */

export interface Token {
  s: number;
  e: number;
  w: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Tokens of text[from, to), in order. Linear in the range. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    out.push({ s: from + m.index, e: from + m.index + m[0].length, w: m[0] });
  }
  return out;
}

/** Index of the first token ending after pos (binary search); toks.length when none. */
function firstEndingAfter(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].e <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Exactly tokenize(text, from, to), read from all = tokenize(text) instead of re-scanning the
 * window: a token wholly inside the window is the same token, so only a word the window cuts
 * at either edge is scanned again. Attribution reads a few hundred characters around every
 * quote; this keeps that a binary search instead of a regex pass per window.
 */
export function tokensIn(text: string, all: Token[], from: number, to: number): Token[] {
  if (to <= from) return [];
  const i = firstEndingAfter(all, from);
  let j = i;
  while (j < all.length && all[j].s < to) j++;
  if (i === j) return [];
  const cutStart = all[i].s < from;
  const cutEnd = all[j - 1].e > to;
  if (i === j - 1 && cutStart && cutEnd) return tokenize(text, from, to);
  const out = cutStart ? tokenize(text, from, all[i].e) : [];
  for (let k = cutStart ? i + 1 : i; k < (cutEnd ? j - 1 : j); k++) out.push(all[k]);
  if (cutEnd) for (const t of tokenize(text, all[j - 1].s, to)) out.push(t);
  return out;
}

const UPPER_START = /^\p{Lu}/u;

/** First character is an upper-case letter (ASCII fast path). */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(w);
}

/** "Holt's" -> "Holt", "Jones’s" -> "Jones". */
export function stripPossessive(w: string): string {
  const n = w.length;
  if (n > 2 && (w[n - 1] === 's' || w[n - 1] === 'S') && (w[n - 2] === "'" || w[n - 2] === '\u2019')) return w.slice(0, n - 2);
  return w;
}
