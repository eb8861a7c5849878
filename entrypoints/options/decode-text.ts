import { decodeBytes } from '../../lib/db/import/decode';

/**
 * A statement file's bytes as text, by the importer's rules (BOMs for UTF-8/UTF-16, BOM-less
 * UTF-16, otherwise strict UTF-8). A file that is not valid text is refused with the byte and
 * line where it goes wrong, never decoded as another encoding by guess.
 */
export function decodeText(buffer: ArrayBuffer, fileName = 'the file'): string {
  const d = decodeBytes(new Uint8Array(buffer));
  if ('error' in d) throw new Error(/^the file /.test(d.error) ? d.error.replace(/^the file/, fileName) : `${fileName}: ${d.error}`);
  return d.text;
}
