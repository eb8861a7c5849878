/**
 * Bytes -> text for imported files, pure (browser and CLI). A BOM decides (UTF-8, UTF-16 LE/BE);
 * BOM-less UTF-16 is recognised by its zero bytes; everything else must be valid UTF-8. Nothing is
 * guessed: a file that is not valid UTF-8 is refused with the byte and line where it stops being
 * UTF-8 (one stray byte, or a Windows-1252/Latin-1 export), never decoded as something else.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes sampled to tell UTF-16 and binary from UTF-8. */
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
  return { encoding: 'utf-8', skip: 0 };
}

/**
 * Strict UTF-8 validation (the WHATWG decoder's rules: no overlongs, surrogates or code points
 * past U+10FFFF) that can be fed in chunks, counting bytes and lines, so that the first bad byte
 * is named exactly even in a streamed file.
 */
export class Utf8Checker {
  private need = 0; // continuation bytes still expected
  private lo = 0x80; // allowed range of the next continuation byte
  private hi = 0xbf;
  private start = 0; // offset of the sequence being read
  private startLine = 1;
  private lead = 0; // first byte of that sequence
  private offset = 0;
  private line = 1;
  /** Set at the first invalid byte; nothing more is checked after it. */
  error: string | null = null;

  /** base: the file offset of the first byte pushed (after a BOM). */
  constructor(base = 0) { this.offset = base; this.start = base; }

  /** Checks the next bytes; false once the text is known not to be UTF-8. */
  push(b: Uint8Array): boolean {
    if (this.error) return false;
    for (let i = 0; i < b.length; i++, this.offset++) {
      const c = b[i];
      if (this.need) {
        if (c < this.lo || c > this.hi) return this.fail(this.start, this.startLine, this.lead);
        this.lo = 0x80; this.hi = 0xbf;
        this.need--;
        continue;
      }
      if (c === 0x0a) { this.line++; continue; }
      if (c < 0x80) continue;
      this.start = this.offset;
      this.startLine = this.line;
      this.lead = c;
      if (c >= 0xc2 && c <= 0xdf) this.need = 1;
      else if (c >= 0xe0 && c <= 0xef) { this.need = 2; if (c === 0xe0) this.lo = 0xa0; if (c === 0xed) this.hi = 0x9f; }
      else if (c >= 0xf0 && c <= 0xf4) { this.need = 3; if (c === 0xf0) this.lo = 0x90; if (c === 0xf4) this.hi = 0x8f; }
      else return this.fail(this.offset, this.line, c);
    }
    return true;
  }

  /** The end of the text: a sequence cut off there is an error too. */
  end(): boolean {
    if (this.error) return false;
    if (this.need) {
      this.error = `the file is not valid UTF-8: it ends in the middle of a character (byte offset ${this.start}, line ${this.startLine}); the file may be truncated`;
      return false;
    }
    return true;
  }

  private fail(at: number, line: number, bad: number): false {
    const hex = `0x${bad.toString(16).toUpperCase().padStart(2, '0')}`;
    const hint = bad >= 0x80
      ? ` (${hex} is "${decodeWindows1252(Uint8Array.of(bad))}" in Windows-1252: the file, or part of it, may have been saved as Windows-1252 or Latin-1)`
      : '';
    this.error = `the file is not valid UTF-8 at byte offset ${at} (line ${line}): byte ${hex} does not belong there${hint}. Save the file as UTF-8 and import it again`;
    return false;
  }
}

/** Windows-1252 characters for bytes 0x80..0x9F (the rest of the byte range is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 decoding by table; only to name a stray byte in an error message. */
function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return s;
}

/** Decodes a whole file to text, or explains why it cannot. */
export function decodeBytes(bytes: Uint8Array): { text: string } | { error: string } {
  const d = detectEncoding(bytes);
  if ('error' in d) return d;
  const body = bytes.subarray(d.skip);
  if (d.encoding === 'utf-8') {
    const check = new Utf8Checker(d.skip);
    if (!check.push(body) || !check.end()) return { error: check.error! };
  }
  try {
    // fatal: UTF-16 with a lone surrogate or an odd byte count is refused, not patched with U+FFFD.
    const text = new TextDecoder(d.encoding, { fatal: true, ignoreBOM: true }).decode(body);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { error: `the file is not valid ${d.encoding.toUpperCase()} (a broken character or an odd number of bytes); save it as UTF-8 and import it again` };
  }
}
