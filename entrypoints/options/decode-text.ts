/**
 * A statement file's bytes as text. Byte-order marks decide (UTF-8, UTF-16 LE/BE, as spreadsheet
 * exports often write); without one, a file full of zero bytes is taken as UTF-16, a valid UTF-8
 * file as UTF-8, and anything else as Windows-1252 (older CSV exports) rather than failing.
 */
export function decodeText(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const sample = bytes.subarray(0, 4096);
  let zeroEven = 0;
  let zeroOdd = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) zeroOdd += 1;
      else zeroEven += 1;
    }
  });
  if (zeroOdd > sample.length / 8 && zeroOdd > zeroEven * 4) return new TextDecoder('utf-16le').decode(bytes);
  if (zeroEven > sample.length / 8 && zeroEven > zeroOdd * 4) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** 0x80..0x9F in Windows-1252 (some decoders, Node's among them, treat the label as Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
