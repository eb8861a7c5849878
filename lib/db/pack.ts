/**
 * The compiled pack: one text file, `db/statements.qtpack` in the extension.
 *
 *   line 1   JSON header: format, version, meta, section lengths
 *   records  the canonical statements, one JSON array a line (pack-records.ts)
 *   offsets  fixed-width base64 start of each record line (+ end)
 *   buckets  fixed-width base64 bucket offsets of the prebuilt index
 *   postings delta-varint base64 statement numbers
 *   reworded (version 3) the speakers' stem index for translated speech (match/reworded-index.ts)
 *
 * Loading parses the header and keeps the string, or the file's bytes as they are (no decode of
 * the whole file on a wake): records are JSON.parse'd one at a time when a candidate needs them,
 * and the index is read in place, so a wake costs milliseconds at 100k.
 */
import { STATEMENT_SCHEMA_VERSION, type Statement } from '../types';
import { bytesToString, fixedWidthFor, readFixed, writeFixed, type PackChars } from '../match/b64';
import { IndexBuilder } from '../match/index-build';
import { PostingsIndex } from '../match/index-read';
import { REWORDED_VERSION } from '../match/reworded';
import { RewordedIndex, RewordedIndexBuilder, type RewordedHeader } from '../match/reworded-index';
import { INDEX_VERSION, statementKeys } from '../match/units';
import { decodeRecord, RecordEncoder, textOfLine, type PackDict } from './pack-records';
import { PackStatsBuilder, type PackStats } from './pack-stats';
import { canonicalStatement } from './schema';

export const PACK_FORMAT = 'quotetrace-pack';
/** Version of the pack layout; bump when the sections or the index keys change. */
export const PACK_VERSION = 4;
/**
 * Versions loadPack reads: 1 wrote records as JSON objects (user packs stored before v2); 2 had no
 * reworded index; 3 wrote every context sentence and alias list in full (pack-records.ts).
 */
const READABLE_VERSIONS = [1, 2, 3, 4];
/** Parsed records kept per pack; candidates repeat across nearby quotes on one page. */
const RECORD_CACHE_SIZE = 2048;

export interface PackMeta {
  version: number;
  schemaVersion: number;
  builtAt: string;
  count: number;
  sources: string[];
  name: string;
  /** What the pack holds (dates, sources, licences); absent in packs written before it existed. */
  stats?: PackStats;
}

interface PackHeader extends PackMeta {
  format: typeof PACK_FORMAT;
  /** Version 2: the record dictionary (see pack-records.ts). */
  dict?: PackDict;
  offsetWidth: number;
  bucketBits: number;
  /** Version of the index keys (INDEX_VERSION); absent in packs before it existed (= 1). */
  indexVersion?: number;
  bucketOffsetWidth: number;
  /** Version 3: the reworded index's speakers and layout, with the REWORDED_VERSION it was built with. */
  reworded?: RewordedHeader & { version: number };
  lengths: { records: number; offsets: number; buckets: number; postings: number; rewordedKeys?: number; rewordedOffsets?: number; rewordedPostings?: number };
}

export interface LoadedPack {
  meta: PackMeta;
  /** Statement number i (0..count-1). */
  record(i: number): Statement;
  /** The id of statement number i, read without decoding the record. */
  id(i: number): string;
  index: PostingsIndex;
  /** The speakers' stem index for reworded matches; null for packs written before it (built in memory then). */
  reworded: RewordedIndex | null;
}

/** Incremental builder: the CLI adds statements while streaming, then calls finish once. */
export class PackWriter {
  private readonly lines: string[] = [];
  private readonly index = new IndexBuilder();
  private readonly encoder = new RecordEncoder();
  private chars = 0;
  private readonly starts: number[] = [];
  private readonly stats = new PackStatsBuilder();
  private readonly reworded = new RewordedIndexBuilder();
  /** The record added last, written once the next one's text is known (its contextAfter may be it). */
  private pending: Statement | null = null;
  private previousText: string | null = null;
  private added = 0;

  add(s: Statement): void {
    const c = canonicalStatement(s);
    this.reworded.add(this.added++, c);
    this.index.add(statementKeys(s));
    this.stats.add(s);
    this.flush(c.text);
    this.pending = c;
  }

  private flush(nextText: string | null): void {
    const c = this.pending;
    if (!c) return;
    // Non-ASCII escaped: the pack string stays one byte a character in V8 (half the memory).
    const line = `${this.encoder.encode(c, { before: this.previousText, after: nextText }).replace(NON_ASCII_RE, escapeChar)}\n`;
    this.starts.push(this.chars);
    this.chars += line.length;
    this.lines.push(line);
    this.previousText = c.text;
    this.pending = null;
  }

  get count(): number {
    return this.added;
  }

  finish(meta: { sources: string[]; name?: string; builtAt?: string }): string {
    return this.finishParts(meta).join('');
  }

  /** The pack as consecutive parts, so a large pack can be written without one huge string. */
  finishParts(meta: { sources: string[]; name?: string; builtAt?: string }): string[] {
    this.flush(null);
    const offsetWidth = fixedWidthFor(this.chars);
    const offs = new Uint8Array((this.starts.length + 1) * offsetWidth);
    let p = 0;
    for (const s of this.starts) p = writeFixed(offs, p, s, offsetWidth);
    writeFixed(offs, p, this.chars, offsetWidth);
    const offsets = bytesToString(offs);
    const idx = this.index.finish();
    const rw = this.reworded.finish();
    const header: PackHeader = {
      format: PACK_FORMAT,
      version: PACK_VERSION,
      schemaVersion: STATEMENT_SCHEMA_VERSION,
      builtAt: meta.builtAt ?? new Date().toISOString(),
      count: this.lines.length,
      sources: meta.sources,
      name: meta.name ?? 'QuoteTrace statements',
      stats: this.stats.finish(),
      dict: this.encoder.dict,
      offsetWidth,
      bucketBits: idx.bucketBits,
      indexVersion: INDEX_VERSION,
      bucketOffsetWidth: idx.offsetWidth,
      reworded: { ...rw.header, version: REWORDED_VERSION },
      lengths: {
        records: this.chars, offsets: offsets.length, buckets: idx.buckets.length, postings: idx.postings.length,
        rewordedKeys: rw.sections[0].length, rewordedOffsets: rw.sections[1].length, rewordedPostings: rw.sections[2].length,
      },
    };
    return [`${JSON.stringify(header)}\n`, ...this.lines, offsets, idx.buckets, idx.postings, ...rw.sections];
  }
}

export function buildPack(statements: Statement[], meta: { sources: string[]; name?: string; builtAt?: string }): string {
  const w = new PackWriter();
  for (const s of statements) w.add(s);
  return w.finish(meta);
}

const NON_ASCII_RE = /[\u007f-\uffff]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

const ID_RE = /^(?:\[|\{"id":)"((?:[^"\\]|\\.)*)"/;

export class PackError extends Error {}

const utf8 = new TextDecoder();

/**
 * A pack from its text, or from the file's bytes as fetched (what the service worker does on a
 * wake: decoding 30 MB into a string would be most of the wake). Everything after the header line
 * is ASCII (writers escape the rest), so a byte offset there is a character offset; bytes that
 * break this (a pack from some other writer) are decoded whole instead.
 */
export function loadPack(serialised: PackChars): LoadedPack {
  if (typeof serialised !== 'string') return loadPackBytes(serialised);
  const nl = serialised.indexOf('\n');
  if (nl < 0) throw new PackError('not a QuoteTrace pack: no header line');
  return loadFrom(serialised, nl, serialised.slice(0, nl), (a, b) => serialised.slice(a, b));
}

function loadPackBytes(bytes: Uint8Array): LoadedPack {
  const nl = bytes.indexOf(10);
  if (nl < 0) throw new PackError('not a QuoteTrace pack: no header line');
  const head = utf8.decode(bytes.subarray(0, nl));
  const slice = (a: number, b: number) => utf8.decode(bytes.subarray(a, b));
  try {
    return loadFrom(bytes, nl, head, slice);
  } catch (e) {
    // Section lengths count characters: a pack with non-ASCII after its header only adds up as text.
    if (e instanceof PackError && e.message.includes('do not add up')) return loadPack(utf8.decode(bytes));
    throw e;
  }
}

function loadFrom(serialised: PackChars, nl: number, head: string, slice: (a: number, b: number) => string): LoadedPack {
  let h: PackHeader;
  try {
    h = JSON.parse(head) as PackHeader;
  } catch {
    throw new PackError('not a QuoteTrace pack: the header is not JSON');
  }
  if (h?.format !== PACK_FORMAT) throw new PackError('not a QuoteTrace pack: wrong format tag');
  if (!READABLE_VERSIONS.includes(h.version)) throw new PackError(`pack version ${h.version} is not supported (this build reads ${READABLE_VERSIONS.join(', ')}); rebuild it`);
  const L = h.lengths;
  const recordsAt = nl + 1;
  const offsetsAt = recordsAt + L.records;
  const bucketsAt = offsetsAt + L.offsets;
  const postingsAt = bucketsAt + L.buckets;
  const rwKeysAt = postingsAt + L.postings;
  const rwOffsetsAt = rwKeysAt + (L.rewordedKeys ?? 0);
  const rwPostingsAt = rwOffsetsAt + (L.rewordedOffsets ?? 0);
  if (rwPostingsAt + (L.rewordedPostings ?? 0) !== serialised.length) throw new PackError('pack is truncated or corrupt: section lengths do not add up');
  const cache = new Map<number, Statement>();
  const dict = h.dict ?? {};
  const line = (i: number): string => {
    if (!(i >= 0 && i < h.count)) throw new RangeError(`no record ${i}`);
    return slice(recordsAt + readFixed(serialised, offsetsAt, i, h.offsetWidth), recordsAt + readFixed(serialised, offsetsAt, i + 1, h.offsetWidth));
  };
  // A context written as a reference is the neighbouring record's text (version 4).
  const neighbourText = (i: number) => (side: number): string | null => {
    const j = i + side;
    if (!(j >= 0 && j < h.count)) return null;
    return cache.get(j)?.text ?? textOfLine(line(j));
  };
  const record = (i: number): Statement => {
    const hit = cache.get(i);
    if (hit) return hit;
    const text = line(i);
    const s = h.version === 1 ? (JSON.parse(text) as Statement) : decodeRecord(text, dict, neighbourText(i));
    if (cache.size >= RECORD_CACHE_SIZE) cache.delete(cache.keys().next().value as number);
    cache.set(i, s);
    return s;
  };
  const id = (i: number): string => {
    const l = line(i);
    // Both versions start with the id: '["id",' (2) or '{"id":"id",' (1).
    const m = ID_RE.exec(l);
    return m ? (JSON.parse(`"${m[1]}"`) as string) : record(i).id;
  };
  const meta: PackMeta = {
    version: h.version, schemaVersion: h.schemaVersion, builtAt: h.builtAt, count: h.count, sources: h.sources, name: h.name, stats: h.stats,
  };
  const index = (h.indexVersion ?? 1) === INDEX_VERSION
    ? new PostingsIndex(serialised, bucketsAt, postingsAt, h.bucketBits, h.bucketOffsetWidth)
    : rebuildIndex(h.count, record);
  // An index built with other stems than this build's is not used: the matcher builds one in memory.
  const reworded = h.reworded && h.reworded.version === REWORDED_VERSION && L.rewordedKeys !== undefined
    ? new RewordedIndex(h.reworded, serialised, rwKeysAt, rwOffsetsAt, rwPostingsAt)
    : null;
  return { meta, record, id, index, reworded };
}

/** An index built from the records, for a pack written with older index keys (user packs kept in storage). */
function rebuildIndex(count: number, record: (i: number) => Statement): PostingsIndex {
  const b = new IndexBuilder();
  for (let i = 0; i < count; i++) b.add(statementKeys(record(i)));
  const idx = b.finish();
  return new PostingsIndex(idx.buckets + idx.postings, 0, idx.buckets.length, idx.bucketBits, idx.offsetWidth);
}

/** The stats in a pack's header line, read without loading the pack; null for older packs. */
export function readPackStats(serialised: string): PackStats | null {
  const nl = serialised.indexOf('\n');
  try {
    return (JSON.parse(serialised.slice(0, nl < 0 ? undefined : nl)) as PackHeader).stats ?? null;
  } catch {
    return null;
  }
}
