/**
 * Record lines of a pack (version 2): each statement is a JSON array in STATEMENT_KEYS order,
 * 0 for an absent field (trailing ones cut), null for a null one, and repeated strings (speakers, contexts, origins, verdicts...)
 * written as numbers into a per-pack dictionary kept in the header. About half the size of
 * JSON objects on real fact-check data; decoding restores the canonical statement exactly.
 * A dictionary field written as a string (sourceUrl in packs built before it was one) decodes as
 * that string, so packs users stored earlier still read.
 */
import type { Statement } from '../types';
import { STATEMENT_KEYS } from './schema';

/** Fields whose values repeat across records: stored once in the header's dictionary. */
export const DICT_FIELDS = ['textKind', 'speaker', 'speakerRole', 'context', 'verdict', 'verdictScale', 'factChecker', 'lang', 'origin', 'licence', 'attribution', 'sourceUrl'] as const;
/** Fields that are null (not absent) when unknown, in every canonical statement. */
const NULLABLE = new Set(['speaker', 'date', 'context', 'sourceUrl']);
const IS_DICT = new Set<string>(DICT_FIELDS);

export type PackDict = Record<string, string[]>;

export class RecordEncoder {
  private readonly index = new Map<string, Map<string, number>>();
  readonly dict: PackDict = {};

  constructor() {
    for (const f of DICT_FIELDS) { this.index.set(f, new Map()); this.dict[f] = []; }
  }

  private code(field: string, value: string): number {
    const m = this.index.get(field)!;
    let n = m.get(value);
    if (n === undefined) { n = this.dict[field].push(value); m.set(value, n); }
    return n; // 1-based: 0 means absent
  }

  /** One canonical statement -> its array line (without the newline). */
  encode(s: Statement): string {
    const row: unknown[] = [];
    const rec = s as unknown as Record<string, unknown>;
    for (const k of STATEMENT_KEYS) {
      const v = rec[k];
      if (v === undefined) row.push(0);
      else if (v === null) row.push(null);
      else if (IS_DICT.has(k)) row.push(this.code(k, v as string));
      else if (k === 'verdictScore') row.push((v as number) + 1); // a score of 0 is not "absent"
      else row.push(v);
    }
    while (row.length && row[row.length - 1] === 0) row.pop();
    return JSON.stringify(row);
  }
}

/** An array line -> the canonical statement (absent = 0, null = null, dictionary numbers resolved). */
export function decodeRecord(line: string, dict: PackDict): Statement {
  const row = JSON.parse(line) as unknown[];
  const out: Record<string, unknown> = {};
  STATEMENT_KEYS.forEach((k, i) => {
    const v = i < row.length ? row[i] : 0;
    if (v === 0) return;
    if (v === null) { if (NULLABLE.has(k)) out[k] = null; return; }
    out[k] = IS_DICT.has(k) && typeof v === 'number' ? dict[k][v - 1] : k === 'verdictScore' ? (v as number) - 1 : v;
  });
  return out as unknown as Statement;
}
