/**
 * A compiled pack (`.qtpack`, what `npm run db -- build` writes) read as an import: every record
 * is decoded and passes the same gate as any other file (validateStatement, duplicate ids), and
 * the caller builds a fresh pack from the result. The file's own index is never trusted: a pack
 * from a URL or a file is someone else's bytes.
 */
import { loadPack, PACK_FORMAT } from '../pack';
import type { Collector } from './collector';
import type { ImportReport } from './types';

/** Whether the text starts like a pack header (its first line is a JSON object with our tag). */
export function looksLikePack(head: string): boolean {
  return head.startsWith('{') && head.slice(0, 200).includes(`"format":"${PACK_FORMAT}"`);
}

export function importPack(fileName: string, content: string, collector: Collector): ImportReport {
  let pack: ReturnType<typeof loadPack>;
  try {
    pack = loadPack(content);
  } catch (e) {
    return collector.report('qtpack', `${fileName}: ${(e as Error).message}`);
  }
  for (let i = 0; i < pack.meta.count; i++) {
    let raw: unknown;
    try {
      raw = pack.record(i);
    } catch (e) {
      // A record that does not decode means the file is damaged, not one bad record.
      return collector.report('qtpack', `${fileName} is corrupt: record ${i + 1} cannot be read (${(e as Error).message.slice(0, 120)})`);
    }
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) collector.add(raw as Record<string, unknown>, null);
    else collector.error(null, `record ${i + 1} is not a statement`);
  }
  return collector.report('qtpack');
}
