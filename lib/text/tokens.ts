/**
 * Word tokens with offsets. A token is a run of letters/digits with inner apostrophes, hyphens
 * or periods ("don't", "Secretary-General", "U.S"); a trailing period is not part of it.
 */

export interface Token {
  s: number;
  e: number;
  w: string;
}

// A token is a match of /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|MOJIBAKE)*(?:['\u2019\-.][\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|MOJIBAKE)*)*/gu,
// scanned by hand (tests/unit/text/fast-paths.test.ts checks it against the regex): the regex
// built a match array per token, a sixth of detection's garbage. Classes by code point:
const NONE = 1;
const MARK = 2;
const LETTER = 3; // a letter or a number
const LN = /^[\p{L}\p{N}]$/u;
const LMN = /^[\p{L}\p{M}\p{N}]$/u;
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : NONE;

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const k = BMP_CLASS[cp];
    if (k !== 0) return k;
  }
  const ch = String.fromCodePoint(cp);
  const k = LN.test(ch) ? LETTER : LMN.test(ch) ? MARK : NONE;
  if (cp < 0x10000) BMP_CLASS[cp] = k;
  return k;
}

/** Code units of the code point at i (a pair must end before end): 2 for a surrogate pair, else 1. */
export function unitsAt(str: string, i: number, end = str.length): number {
  const c = str.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return 1;
  const d = str.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Code units of the letter or digit (\\p{L}, \\p{N}) at i, read no further than end; 0 when none. */
export function letterOrDigitAt(str: string, i: number, end = str.length): number {
  if (i >= end) return 0;
  const c = str.charCodeAt(i);
  if (c < 128) return BMP_CLASS[c] === LETTER ? 1 : 0;
  const u = unitsAt(str, i, end);
  return classOf(u === 2 ? str.codePointAt(i)! : c) === LETTER ? u : 0;
}

/**
 * UTF-8 read as Latin-1 or Windows-1252 turns "François" into "FranÃ§ois" and "Peña" into "PeÃ±a":
 * a lead byte read as "Â" or "Ã" and a continuation byte read as a C1 control or a Latin-1 sign.
 * Such a sign between "Â"/"Ã" and a letter is part of the word, so a mis-encoded page's names stay
 * whole. In regex form: (?<=[\u00c2\u00c3]|A[\u0302\u0303])[\u0080-\u009f\u00a1-\u00bf](?=\p{L}). A no-break space
 * (\u00a0) is left out: "Â\u00a0" is a mis-encoded space between words. "Ã" may be decomposed ("A\u0303").
 */
function mojibakeAt(str: string, i: number, n: number): boolean {
  const d = str.charCodeAt(i);
  if (d < 0x80 || d > 0xbf || d === 0xa0 || i === 0 || i + 1 >= n) return false;
  const p = str.charCodeAt(i - 1);
  // "Ã" may be decomposed (NFD): "A" and a combining tilde or circumflex
  if (p !== 0xc2 && p !== 0xc3 && !((p === 0x302 || p === 0x303) && i >= 2 && str.charCodeAt(i - 2) === 65)) return false;
  const q = str.charCodeAt(i + 1);
  return q < 128 ? (q >= 65 && q <= 90) || (q >= 97 && q <= 122) : /^\p{L}$/u.test(String.fromCodePoint(str.codePointAt(i + 1)!));
}

const isSeparator = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 46;

/** Tokens of text[from, to), in order. Linear in the range. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const str = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = str.length;
  let i = 0;
  while (i < n) {
    const c = str.charCodeAt(i);
    if (c < 128 ? BMP_CLASS[c] !== LETTER : classOf(str.codePointAt(i)!) !== LETTER) { i += c < 128 ? 1 : unitsAt(str, i); continue; }
    const start = i;
    i += c < 128 ? 1 : unitsAt(str, i);
    for (;;) {
      // (?:[\p{L}\p{M}\p{N}]|MOJIBAKE)*
      while (i < n) {
        const d = str.charCodeAt(i);
        if (d < 128) { if (BMP_CLASS[d] !== LETTER) break; i++; continue; }
        if (classOf(str.codePointAt(i)!) === NONE) { if (!mojibakeAt(str, i, n)) break; i++; continue; }
        i += unitsAt(str, i);
      }
      // (?:['\u2019\-.][\p{L}\p{N}] ...)*
      if (i + 1 < n && isSeparator(str.charCodeAt(i))) {
        const d = str.charCodeAt(i + 1);
        if (d < 128 ? BMP_CLASS[d] === LETTER : classOf(str.codePointAt(i + 1)!) === LETTER) { i += 1 + (d < 128 ? 1 : unitsAt(str, i + 1)); continue; }
      }
      break;
    }
    out.push({ s: from + start, e: from + i, w: str.slice(start, i) });
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

const LOWER_START = /^\p{Ll}/u;

/** The words of toks that start with a lower-case letter (ASCII fast path). */
export function lowerCaseWords(toks: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of toks) {
    const c = t.w.charCodeAt(0);
    if (c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(t.w)) out.add(t.w);
  }
  return out;
}
