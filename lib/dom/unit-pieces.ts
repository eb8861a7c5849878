/**
 * Long units cut into pieces for detection. A unit is the smallest block holding text of its own,
 * so a story container that mixes loose text with its paragraphs is one unit of the whole story
 * (25,000 characters on a real page): detected in one call, that is a long task. Its text is cut at
 * its own paragraph breaks into pieces that windows (scan-windows.ts) pack like units; a piece's
 * quotes are mapped back to its unit by the piece's offset.
 */

/** Longest piece, in characters: well inside the smallest window a slow page gets. */
export const MAX_PIECE_CHARS = 2_000;
/** A cut is not made in the first quarter of a piece: pieces stay big enough to carry context. */
const MIN_CUT_SHARE = 0.25;

export interface Pieces {
  texts: string[];
  /** Per piece: the index of its unit. */
  unit: number[];
  /** Per piece: its offset in its unit's text. */
  from: number[];
}

/**
 * Where to end a piece of text[start..]: after the last paragraph break in reach, else the last
 * line break, else a sentence end, else a space; max characters when there is none of these.
 * Returns [end of the piece, start of the next] (the break between them belongs to neither).
 */
function cutAt(text: string, start: number, max: number): [number, number] {
  const limit = start + max;
  const floor = start + Math.floor(max * MIN_CUT_SHARE);
  const para = text.lastIndexOf('\n\n', limit - 2);
  if (para >= floor) return [para, para + 2];
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= floor) return [line, line + 1];
  for (let i = limit - 1; i >= floor; i--) {
    if (text[i] === ' ' && /[.!?]/.test(text[i - 1] ?? '')) return [i, i + 1];
  }
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= floor) return [space, space + 1];
  return [limit, limit];
}

/** Every unit's text as one or more pieces, in reading order; short units are one piece each. */
export function splitLongUnits(texts: readonly string[], max = MAX_PIECE_CHARS): Pieces {
  const out: Pieces = { texts: [], unit: [], from: [] };
  texts.forEach((text, u) => {
    let start = 0;
    while (text.length - start > max) {
      const [end, next] = cutAt(text, start, max);
      out.texts.push(text.slice(start, end));
      out.unit.push(u);
      out.from.push(start);
      start = next;
    }
    out.texts.push(text.slice(start));
    out.unit.push(u);
    out.from.push(start);
  });
  return out;
}
