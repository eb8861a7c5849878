/**
 * The reworded (translated speech) index, written into the pack when it is built so that the
 * first reworded lookup for a speaker costs what any lookup costs, instead of decoding and
 * stemming every record of that speaker on first use (seconds for a press secretary's 15,000).
 *
 *   groups    in the header: each record speaker (with the first record's aliases), how many
 *             quotable records they have, and whether their stems are indexed
 *   keys      sorted hash(group, stem), 6 base64 characters each
 *   offsets   fixed-width start of each key's postings (+ end)
 *   postings  delta-varint record numbers of the group's records holding the stem
 *
 * A speaker with fewer than MIN_INDEXED_RECORDS records gets only the list of their records (one
 * key): stemming that few at first use costs a few milliseconds, and a stem table for thousands of
 * small speakers (fact-check data, the synthetic bench's 5,000) would cost more than their records.
 *
 * Which records count and how a stem is scored is reworded.ts's; this file only stores and reads.
 */
import type { Statement } from '../types';
import { bytesToString, countVarints, fixedWidthFor, readDeltaVarints, readFixed, writeFixed, writeVarint, type PackChars } from './b64';
import { contentOf, rewordedEligible } from './reworded';
import { hashString } from './tokens';

/** Width of one key: 6 base64 characters hold 36 bits, a 32-bit hash fits. */
const KEY_WIDTH = 6;
/** Records a speaker needs for their stems to be indexed; fewer are listed and stemmed at first use. */
export const MIN_INDEXED_RECORDS = 32;
/** The key of a small group's record list (no stem is empty). */
const RECORDS_KEY = '';
/** Record numbers below this are sorted with their key in one float (32 + 21 bits < 2^53). */
const PACKED_SORT_LIMIT = 2 ** 21;

export interface RewordedGroup {
  speaker: string;
  aliases?: string[];
  count: number;
  /** False: only the group's record list is stored (fewer than MIN_INDEXED_RECORDS). */
  indexed?: boolean;
}

export interface RewordedHeader {
  groups: RewordedGroup[];
  keys: number;
  offsetWidth: number;
  lengths: { keys: number; offsets: number; postings: number };
}

function keyOf(group: number, stem: string): number {
  return hashString(`${group}\u0001${stem}`);
}

/** Collects the records' stems while a pack is written (statement numbers in add order). */
export class RewordedIndexBuilder {
  private readonly groupOf = new Map<string, number>();
  private readonly groups: RewordedGroup[] = [];
  /** Each group's record numbers and texts, stemmed at finish once the group's size is known. */
  private readonly members: number[][] = [];
  private readonly texts: string[][] = [];

  add(n: number, s: Statement): void {
    if (!rewordedEligible(s)) return;
    let g = this.groupOf.get(s.speaker!);
    if (g === undefined) {
      g = this.groups.push(s.speakerAliases?.length ? { speaker: s.speaker!, aliases: s.speakerAliases, count: 0 } : { speaker: s.speaker!, count: 0 }) - 1;
      this.groupOf.set(s.speaker!, g);
      this.members.push([]);
      this.texts.push([]);
    }
    this.groups[g].count++;
    this.members[g].push(n);
    this.texts[g].push(s.text);
  }

  /** (key, record) pairs in key then record order. */
  private sortedPairs(): { keys: ArrayLike<number>; owners: ArrayLike<number> } {
    const keys: number[] = [];
    const owners: number[] = [];
    let maxN = 0;
    this.groups.forEach((g, gi) => {
      const ns = this.members[gi];
      if (ns.length) maxN = Math.max(maxN, ns[ns.length - 1]);
      if (g.count < MIN_INDEXED_RECORDS) {
        g.indexed = false;
        const k = keyOf(gi, RECORDS_KEY);
        for (const n of ns) { keys.push(k); owners.push(n); }
        return;
      }
      this.texts[gi].forEach((text, j) => {
        for (const st of contentOf(text).stems.keys()) { keys.push(keyOf(gi, st)); owners.push(ns[j]); }
      });
    });
    if (maxN < PACKED_SORT_LIMIT) {
      const packed = new Float64Array(keys.length);
      for (let i = 0; i < keys.length; i++) packed[i] = keys[i] * PACKED_SORT_LIMIT + owners[i];
      packed.sort();
      const k = new Uint32Array(keys.length);
      const o = new Uint32Array(keys.length);
      for (let i = 0; i < packed.length; i++) { k[i] = Math.floor(packed[i] / PACKED_SORT_LIMIT); o[i] = packed[i] % PACKED_SORT_LIMIT; }
      return { keys: k, owners: o };
    }
    const order = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b] || owners[a] - owners[b]);
    return { keys: order.map((i) => keys[i]), owners: order.map((i) => owners[i]) };
  }

  finish(): { header: RewordedHeader; sections: [string, string, string] } {
    const { keys, owners } = this.sortedPairs();
    const distinct: number[] = [];
    const starts: number[] = [];
    const post = new Uint8Array(Math.max(16, keys.length * 4));
    let pos = 0;
    let prevKey = -1;
    let prev = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== prevKey) { distinct.push(k); starts.push(pos); prevKey = k; prev = 0; }
      else if (owners[i] === prev) continue; // one stem twice in a record: counted once
      pos = writeVarint(post, pos, owners[i] - prev);
      prev = owners[i];
    }
    starts.push(pos);
    const keyBuf = new Uint8Array(distinct.length * KEY_WIDTH);
    distinct.forEach((k, i) => writeFixed(keyBuf, i * KEY_WIDTH, k, KEY_WIDTH));
    const offsetWidth = fixedWidthFor(pos);
    const offBuf = new Uint8Array(starts.length * offsetWidth);
    starts.forEach((o, i) => writeFixed(offBuf, i * offsetWidth, o, offsetWidth));
    const sections: [string, string, string] = [bytesToString(keyBuf), bytesToString(offBuf), bytesToString(post, pos)];
    return {
      header: { groups: this.groups, keys: distinct.length, offsetWidth, lengths: { keys: sections[0].length, offsets: sections[1].length, postings: sections[2].length } },
      sections,
    };
  }
}

/** Reads the index in place, from the pack's text or bytes. */
export class RewordedIndex {
  constructor(
    readonly header: RewordedHeader,
    private readonly src: PackChars,
    private readonly keysAt: number,
    private readonly offsetsAt: number,
    private readonly postingsAt: number,
  ) {}

  /** Group numbers whose speaker a page speaker may be (the caller's name test). */
  groupsFor(accepts: (s: Pick<Statement, 'speaker' | 'speakerAliases'>) => boolean): number[] {
    const out: number[] = [];
    this.header.groups.forEach((g, i) => { if (accepts({ speaker: g.speaker, speakerAliases: g.aliases })) out.push(i); });
    return out;
  }

  private find(key: number): number {
    let lo = 0;
    let hi = this.header.keys - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = readFixed(this.src, this.keysAt, mid, KEY_WIDTH);
      if (k === key) return mid;
      if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  /** Character range of the postings of the group's stem, or null when no record holds it. */
  private range(group: number, stem: string): [number, number] | null {
    const i = this.find(keyOf(group, stem));
    if (i < 0) return null;
    const w = this.header.offsetWidth;
    return [this.postingsAt + readFixed(this.src, this.offsetsAt, i, w), this.postingsAt + readFixed(this.src, this.offsetsAt, i + 1, w)];
  }

  /** How many of the group's records hold the stem (varints counted, not decoded). */
  df(group: number, stem: string): number {
    const r = this.range(group, stem);
    return r ? countVarints(this.src, r[0], r[1]) : 0;
  }

  /** Calls visit with each record of a group whose stems are not indexed (indexed === false). */
  records(group: number, visit: (n: number) => void): void {
    const r = this.range(group, RECORDS_KEY);
    if (r) readDeltaVarints(this.src, r[0], r[1], visit);
  }

  /** Calls visit with each record number of the group holding the stem. */
  postings(group: number, stem: string, visit: (n: number) => void): void {
    const r = this.range(group, stem);
    if (r) readDeltaVarints(this.src, r[0], r[1], visit);
  }
}
