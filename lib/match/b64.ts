/**
 * Base64-alphabet integer codecs for the pack's index sections. They are plain text (safe in a
 * JSON-based file) and read in place, from the pack's string (charCodeAt) or from its file bytes
 * (the sections are ASCII, so a byte is a character): loading a pack decodes nothing up front.
 */

/** A pack as text or as the file's bytes. */
export type PackChars = string | Uint8Array;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Uint8Array(ALPHABET.length);
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) {
  CODES[i] = ALPHABET.charCodeAt(i);
  VALUES[ALPHABET.charCodeAt(i)] = i;
}

/** Characters needed to write every value up to max in fixed width (6 bits a character). */
export function fixedWidthFor(max: number): number {
  let w = 1;
  while (max >= 2 ** (6 * w)) w++;
  return w;
}

/** Appends fixed-width codes to a byte buffer at pos; returns the new pos. */
export function writeFixed(buf: Uint8Array, pos: number, value: number, width: number): number {
  for (let i = width - 1; i >= 0; i--) {
    buf[pos + i] = CODES[value % 64];
    value = Math.floor(value / 64);
  }
  return pos + width;
}

/** Reads the fixed-width value number index from s starting at base. */
export function readFixed(s: PackChars, base: number, index: number, width: number): number {
  let v = 0;
  const p = base + index * width;
  if (typeof s === 'string') for (let i = 0; i < width; i++) v = v * 64 + VALUES[s.charCodeAt(p + i)];
  else for (let i = 0; i < width; i++) v = v * 64 + VALUES[s[p + i]];
  return v;
}

/** Appends a varint (5 data bits a character, 32 = more follows); returns the new pos. */
export function writeVarint(buf: Uint8Array, pos: number, value: number): number {
  while (value >= 32) {
    buf[pos++] = CODES[32 | (value & 31)];
    value = Math.floor(value / 32);
  }
  buf[pos++] = CODES[value];
  return pos;
}

/** Decodes the delta-coded ascending varints in s[start, end) into out; returns the count. */
export function readDeltaVarints(s: PackChars, start: number, end: number, visit: (v: number) => void): number {
  if (typeof s !== 'string') return readDeltaVarintBytes(s, start, end, visit);
  let acc = 0;
  let n = 0;
  let p = start;
  while (p < end) {
    let v = 0;
    let shift = 1;
    for (;;) {
      const c = VALUES[s.charCodeAt(p++)];
      v += (c & 31) * shift;
      if (c < 32) break;
      shift *= 32;
    }
    acc += v;
    visit(acc);
    n++;
  }
  return n;
}

/** readDeltaVarints over bytes (a copy, so each loop stays monomorphic). */
function readDeltaVarintBytes(s: Uint8Array, start: number, end: number, visit: (v: number) => void): number {
  let acc = 0;
  let n = 0;
  let p = start;
  while (p < end) {
    let v = 0;
    let shift = 1;
    for (;;) {
      const c = VALUES[s[p++]];
      v += (c & 31) * shift;
      if (c < 32) break;
      shift *= 32;
    }
    acc += v;
    visit(acc);
    n++;
  }
  return n;
}

/** How many varints s[start, end) holds: one ends at each character below 32 (no "more follows" bit). */
export function countVarints(s: PackChars, start: number, end: number): number {
  let n = 0;
  if (typeof s === 'string') { for (let p = start; p < end; p++) if (VALUES[s.charCodeAt(p)] < 32) n++; }
  else for (let p = start; p < end; p++) if (VALUES[s[p]] < 32) n++;
  return n;
}

/** Turns a byte buffer of alphabet codes into a string without huge argument lists. */
export function bytesToString(buf: Uint8Array, length = buf.length): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
