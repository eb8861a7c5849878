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
