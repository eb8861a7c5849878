import { decodeBytes } from '../../lib/db/import/decode';

/**
 * Text from file bytes, with the importer's encoding detection (UTF-8 with or without BOM,
 * UTF-16 with a BOM, else Windows-1252). Throws with the reason when the bytes cannot be text.
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) throw new Error(decoded.error);
  return decoded.text;
}
