/**
 * Undo UTF-8 read as Latin-1 or Windows-1252 in a short string such as a name: "FranÃ§ois
 * Hollande" -> "François Hollande", and twice-misread "SarukhÃ\u0083Â¡n" -> "Sarukhán". A mis-encoded
 * page should not put mojibake on a card, nor make a name differ from the record's spelling of it.
 * Anything that does not decode as UTF-8 is returned unchanged.
 */

/** Windows-1252 characters for the bytes 0x80-0x9f (Latin-1 reads them as C1 controls). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>([...CP1252].map((c, i) => [c, 0x80 + i]));
/** A lead byte read as a letter, then a continuation byte read as a sign or control. */
const LOOKS_MISREAD = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252.replace(/[\u0080-\u009f]/g, '')}]`);
const DECODER = new TextDecoder('utf-8', { fatal: true });
/** Compiled once: called for every name shown with every quote (a literal is a new object per call). */
const NON_ASCII = /[^\x00-\x7f]/;

function decodeOnce(s: string): string | null {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const b = c <= 0xff ? c : BYTE_OF.get(s[i]);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    return DECODER.decode(bytes);
  } catch {
    return null;
  }
}

export function repairMojibake(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = s.normalize('NFC');
  if (!LOOKS_MISREAD.test(out)) return s;
  for (let round = 0; round < 2 && LOOKS_MISREAD.test(out); round++) {
    const d = decodeOnce(out);
    if (d === null || d === out) break;
    out = d;
  }
  return out === s.normalize('NFC') ? s : out;
}
