import { decodeBytes } from '../../lib/db/import/decode';

/**
 * Text from file bytes, with the importer's encoding detection (UTF-8 with or without BOM,
 * UTF-16, nothing guessed). Throws with the reason (e.g. the first byte that is not UTF-8).
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) throw new Error(decoded.error);
  return decoded.text;
}
