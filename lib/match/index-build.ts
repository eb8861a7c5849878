/**
 * Builds the hashed inverted index: key (bigram or short-unit hash) -> bucket -> ascending
 * statement numbers. Collisions only add candidates the alignment then rejects.
 */
import { bytesToString, fixedWidthFor, writeFixed, writeVarint } from './b64';

/** Buckets per statement: about 4 keeps collision noise to a few postings a bucket. */
const BUCKETS_PER_STATEMENT = 4;
const MIN_BUCKET_BITS = 10;
/** 2^23 buckets bound the bucket table (fixed width) near 40 MB even for millions of records. */
const MAX_BUCKET_BITS = 23;

export interface EncodedIndex {
  bucketBits: number;
  /** Width in characters of one bucket offset. */
  offsetWidth: number;
  /** (2^bucketBits + 1) fixed-width offsets into postings. */
  buckets: string;
  /** Delta-varint statement numbers, bucket after bucket. */
  postings: string;
}

export function bucketBitsFor(count: number): number {
  let bits = MIN_BUCKET_BITS;
  while (bits < MAX_BUCKET_BITS && 2 ** bits < count * BUCKETS_PER_STATEMENT) bits++;
  return bits;
}

export class IndexBuilder {
  private hashes = new Uint32Array(1024);
  private owners = new Uint32Array(1024);
  private n = 0;
  count = 0;

  /** Adds the next statement's keys (statement numbers are assigned in call order). */
  add(keys: number[]): number {
    const id = this.count++;
    if (this.n + keys.length > this.hashes.length) {
      let cap = this.hashes.length * 2;
      while (cap < this.n + keys.length) cap *= 2;
      const h = new Uint32Array(cap); h.set(this.hashes.subarray(0, this.n)); this.hashes = h;
      const o = new Uint32Array(cap); o.set(this.owners.subarray(0, this.n)); this.owners = o;
    }
    for (const k of keys) {
      this.hashes[this.n] = k;
      this.owners[this.n++] = id;
    }
    return id;
  }

  finish(): EncodedIndex {
    const bucketBits = bucketBitsFor(this.count);
    const nb = 2 ** bucketBits;
    const mask = nb - 1;
    const counts = new Uint32Array(nb + 1);
    for (let i = 0; i < this.n; i++) counts[(this.hashes[i] & mask) + 1]++;
    for (let b = 0; b < nb; b++) counts[b + 1] += counts[b];
    const order = new Uint32Array(this.n);
    const fill = counts.slice(0, nb);
    for (let i = 0; i < this.n; i++) order[fill[this.hashes[i] & mask]++] = this.owners[i];
    // Varint postings, deduplicated per bucket (two keys of one statement may share a bucket).
    const buf = new Uint8Array(Math.max(16, this.n * 6));
    const offsets = new Float64Array(nb + 1);
    let pos = 0;
    for (let b = 0; b < nb; b++) {
      offsets[b] = pos;
      let prev = -1;
      for (let i = counts[b]; i < counts[b + 1]; i++) {
        const v = order[i];
        if (v === prev) continue;
        pos = writeVarint(buf, pos, prev < 0 ? v : v - prev);
        prev = v;
      }
    }
    offsets[nb] = pos;
    const offsetWidth = fixedWidthFor(pos);
    const table = new Uint8Array((nb + 1) * offsetWidth);
    for (let b = 0, p = 0; b <= nb; b++) p = writeFixed(table, p, offsets[b], offsetWidth);
    return { bucketBits, offsetWidth, buckets: bytesToString(table), postings: bytesToString(buf, pos) };
  }
}
