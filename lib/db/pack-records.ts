/**
 * Record lines of a pack (version 2): each statement is a JSON array in STATEMENT_KEYS order,
 * 0 for an absent field (trailing ones cut), null for a null one, and repeated strings (speakers, contexts, origins, verdicts...)
 * written as numbers into a per-pack dictionary kept in the header. About half the size of
 * JSON objects on real fact-check data; decoding restores the canonical statement exactly.
 * A dictionary field written as a string (sourceUrl in packs built before it was one) decodes as
 * that string, so packs users stored earlier still read.
 *
 * Version 4: speakerAliases go into the dictionary too (as their JSON), and a contextBefore that is
 * the previous record's text (a contextAfter that is the next one's) is written as 1: consecutive
 * sentences of one transcript hold each other as context, and a third of the bundle's context
 * sentences were written twice, 5.5 of its 35 MB. Dates go into the dictionary (a few hundred days),
 * and a run of absent fields is written as one negative number (-3: the next three are absent).
 * An attribution that quotes the record's own address keeps a mark in its place, so the kremlin.ru
 * credit line is one dictionary entry, not one per page (112 KB less header to parse on each wake).
 */
import type { Statement } from '../types';
import { STATEMENT_KEYS } from './schema';

/** Fields whose values repeat across records: stored once in the header's dictionary. */
export const DICT_FIELDS = ['textKind', 'speaker', 'speakerAliases', 'date', 'speakerRole', 'context', 'verdict', 'verdictScale', 'factChecker', 'lang', 'origin', 'licence', 'attribution', 'sourceUrl'] as const;
/** Dictionary fields whose values are arrays: stored as their JSON. */
const JSON_DICT = new Set(['speakerAliases']);
/** Context fields that may name a neighbouring record's text, with which neighbour (-1 previous, +1 next). */
const NEIGHBOUR: Record<string, number> = { contextBefore: -1, contextAfter: 1 };
/** Stands for the record's sourceUrl inside its attribution (cleaned text never holds a NUL). */
const SOURCE_MARK = '\u0000';
/** The value written for "the neighbour's text". */
const SAME_AS_NEIGHBOUR = 1;
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

  /**
   * One canonical statement -> its array line (without the newline). With the texts of the records
   * written just before and just after it, a context equal to one is written as a reference.
   */
  encode(s: Statement, neighbours?: { before: string | null; after: string | null }): string {
    const row: unknown[] = [];
    const rec = s as unknown as Record<string, unknown>;
    for (const k of STATEMENT_KEYS) {
      const v = rec[k];
      const side = NEIGHBOUR[k];
      if (v === undefined) row.push(0);
      else if (v === null) row.push(null);
      else if (side && neighbours && v === (side < 0 ? neighbours.before : neighbours.after)) row.push(SAME_AS_NEIGHBOUR);
      else if (k === 'attribution' && s.sourceUrl && (v as string).includes(s.sourceUrl)) row.push(this.code(k, (v as string).split(s.sourceUrl).join(SOURCE_MARK)));
      else if (IS_DICT.has(k)) row.push(this.code(k, JSON_DICT.has(k) ? JSON.stringify(v) : (v as string)));
      else if (k === 'verdictScore') row.push((v as number) + 1); // a score of 0 is not "absent"
      else row.push(v);
    }
    while (row.length && row[row.length - 1] === 0) row.pop();
    return JSON.stringify(skipRuns(row));
  }
}

/** Runs of two or more absent fields (0) as -run (no field value is a negative number). */
function skipRuns(row: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < row.length;) {
    if (row[i] !== 0) { out.push(row[i++]); continue; }
    let j = i;
    while (j < row.length && row[j] === 0) j++;
    out.push(j - i >= 2 ? i - j : 0);
    i = j;
  }
  return out;
}

/** Position of the text in a record line (for a neighbour's text). */
const TEXT_AT = STATEMENT_KEYS.indexOf('text');

/** End (exclusive) of the JSON string literal opening at `at` (a quote), or -1. */
function stringEnd(line: string, at: number): number {
  if (line.charCodeAt(at) !== 34) return -1;
  for (let i = at + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92) i++; // backslash: skip the escaped character
    else if (c === 34) return i + 1;
  }
  return -1;
}

/**
 * The text of an array line, without decoding the rest (what a neighbour's context reference
 * needs): the second element, read as the one string literal it is (a line opens ["id","text").
 */
export function textOfLine(line: string): string {
  const idEnd = stringEnd(line, 1);
  const textEnd = idEnd > 0 && line.charCodeAt(idEnd) === 44 ? stringEnd(line, idEnd + 1) : -1;
  if (textEnd > 0) return JSON.parse(line.slice(idEnd + 1, textEnd)) as string;
  return (JSON.parse(line) as unknown[])[TEXT_AT] as string;
}

/**
 * An array line -> the canonical statement (absent = 0, null = null, dictionary numbers resolved,
 * a context reference resolved by neighbourText(-1 | +1)).
 */
export function decodeRecord(line: string, dict: PackDict, neighbourText?: (side: number) => string | null): Statement {
  const row = JSON.parse(line) as unknown[];
  const out: Record<string, unknown> = {};
  let f = 0;
  for (const v of row) {
    if (typeof v === 'number' && v < 0) { f -= v; continue; } // a run of absent fields
    const k = STATEMENT_KEYS[f++];
    if (k === undefined) break;
    if (v === 0) continue;
    if (v === null) { if (NULLABLE.has(k)) out[k] = null; continue; }
    if (NEIGHBOUR[k] && typeof v === 'number') {
      const t = neighbourText?.(NEIGHBOUR[k]);
      if (t != null) out[k] = t;
      continue;
    }
    if (IS_DICT.has(k) && typeof v === 'number') {
      const d = dict[k]?.[v - 1];
      out[k] = JSON_DICT.has(k) && d !== undefined ? JSON.parse(d) : k === 'attribution' && d?.includes(SOURCE_MARK) ? d.split(SOURCE_MARK).join((out.sourceUrl as string | null) ?? '') : d;
      continue;
    }
    out[k] = k === 'verdictScore' ? (v as number) - 1 : v;
  }
  return out as unknown as Statement;
}
