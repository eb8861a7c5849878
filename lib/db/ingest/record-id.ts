/** Stable, short record ids: `prefix:date:hash-of-document:passage-number`. */
import { hashString } from '../../match/tokens';

export function recordId(prefix: string, date: string | null, documentKey: string, n: number): string {
  const h = (hashString(documentKey) >>> 0).toString(36);
  return `${prefix}:${date ?? 'undated'}:${h}:${n}`;
}
