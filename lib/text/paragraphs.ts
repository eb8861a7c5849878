/**
 * Paragraph ranges of a plain text. A paragraph ends at any line break, so both the
 * "\n\n" of a DOM text map and the single "\n" of a copied article split paragraphs.
 */

export interface Range {
  start: number;
  end: number;
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x2028;

/** Non-empty paragraphs in text order, trimmed of surrounding blanks. Linear in the text. */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    i = j + 1;
  }
  return out;
}

/** Index of the paragraph holding pos (binary search), or -1. */
export function paragraphIndexAt(paras: Range[], pos: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].end <= pos) lo = mid + 1;
    else if (paras[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
