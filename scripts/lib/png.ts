import { PNG } from 'pngjs';

/**
 * Checks on the PNGs the store asks for: their size (from the IHDR chunk) and where their
 * artwork is (the box of pixels that are not fully transparent), for the icon padding rule.
 */

export interface Size {
  width: number;
  height: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a valid PNG has first, right after the signature. */
export function pngSize(bytes: Buffer): Size {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG (no signature and IHDR chunk)');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The smallest box holding every pixel with any opacity, or null for a fully transparent image. */
export function opaqueBox(bytes: Buffer): { left: number; top: number; right: number; bottom: number } | null {
  const png = PNG.sync.read(bytes);
  let left = png.width;
  let top = png.height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if (png.data[(y * png.width + x) * 4 + 3] === 0) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  return right < 0 ? null : { left, top, right: right + 1, bottom: bottom + 1 };
}

/** Throws unless the PNG file's bytes are exactly `want` in size. */
export function expectPngSize(bytes: Buffer, want: Size, name: string): void {
  const got = pngSize(bytes);
  if (got.width !== want.width || got.height !== want.height) {
    throw new Error(`${name} is ${got.width}x${got.height}, the store wants ${want.width}x${want.height}`);
  }
}
