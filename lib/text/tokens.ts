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

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** "Trump's" -> "Trump", "Sanders’s" -> "Sanders". */
export function stripPossessive(w: string): string {
  return w.replace(/['\u2019]s$/i, '');
}
