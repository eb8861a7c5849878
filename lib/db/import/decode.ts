/**
 * Bytes -> text for imported files, pure (browser and CLI): BOMs for UTF-8/UTF-16, strict
 * UTF-8 otherwise, BOM-less UTF-16 recognised by its zero bytes, Windows-1252/Latin-1 as the
 * last resort for single-byte text, and binary refused.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes sampled to decide the encoding. */
const SNIFF_BYTES = 65_536;

/** Decides the encoding from the first bytes; returns skip = BOM length. */
export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; skip: number } | { error: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let evenZeros = 0, oddZeros = 0, controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) (i % 2 ? oddZeros++ : evenZeros++);
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  const half = n / 2;
  if (n >= 4 && oddZeros > half * 0.3 && evenZeros < half * 0.05) return { encoding: 'utf-16le', skip: 0 };
  if (n >= 4 && evenZeros > half * 0.3 && oddZeros < half * 0.05) return { encoding: 'utf-16be', skip: 0 };
  if (evenZeros + oddZeros > 0 || controls > n * 0.01) return { error: 'the file is binary, not text (it has NUL or control bytes)' };
  if (validUtf8(bytes.subarray(0, n), n < bytes.length)) return { encoding: 'utf-8', skip: 0 };
  return { encoding: 'windows-1252', skip: 0 };
}

/** Strict UTF-8 check; a sequence cut at the end of a sample (truncated) is accepted. */
function validUtf8(b: Uint8Array, sample: boolean): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (!len) return false;
    if (i + len > b.length) return sample;
    for (let k = 1; k < len; k++) if ((b[i + k] & 0xc0) !== 0x80) return false;
    i += len;
  }
  return true;
}

/** Windows-1252 characters for bytes 0x80..0x9F (the rest of the byte range is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 decoding by table (some runtimes' TextDecoder treat it as plain Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let s = '';
    for (const b of bytes.subarray(i, i + CHUNK)) s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    parts.push(s);
  }
  return parts.join('');
}

/** Decodes a whole file to text, or explains why it cannot. */
export function decodeBytes(bytes: Uint8Array): { text: string } | { error: string } {
  const d = detectEncoding(bytes);
  if ('error' in d) return d;
  if (d.encoding === 'windows-1252') return { text: decodeWindows1252(bytes) };
  try {
    const text = new TextDecoder(d.encoding, { fatal: d.encoding === 'utf-8' }).decode(bytes.subarray(d.skip));
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { error: 'the file is not valid UTF-8 past its first 64 KB (mixed encodings); convert it to UTF-8' };
  }
}
