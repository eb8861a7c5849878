/**
 * The bundled pack as the extension ships it (public/db/statements.qtpack, compiled by every
 * build; `npm run build:data` makes it): cold load on a service-worker wake (file bytes →
 * loadPack → matcher, what entrypoints/background/database.ts does after fetch), p95 match
 * latency on quotes drawn from its own records and on unrelated text, memory held, and the zip
 * of each browser when `npm run zip` has made them (.output/*.zip).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadPack, type LoadedPack } from '../lib/db/pack';
import { Matcher } from '../lib/match/matcher';
import type { Statement } from '../lib/types';
import { makeQueries } from './bench-queries';
import { timing, type Timing } from './bench-latency';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const held = () => { gc(); gc(); gc(); const m = process.memoryUsage(); return m.heapUsed + m.external; }; // external includes arrayBuffers

export const BUNDLED_PACK = 'public/db/statements.qtpack';

export interface BundleResult {
  count: number;
  packMB: number;
  /** Read + loadPack + matcher, median and worst of the runs. */
  coldLoad: Timing;
  /** Of which: reading the file's bytes (what response.arrayBuffer() does in the browser). */
  read: Timing;
  match: Timing;
  /** Cold load p95 (with the median in coldLoad). */
  coldLoadP95: number;
  /**
   * The first reworded lookup per speaker (the biggest speakers, each on a fresh pack and matcher,
   * as after a wake), from the pack's stem index; the same from the in-memory index older packs
   * build (the cost before packs held the index), on fewer speakers; and later lookups.
   */
  firstReworded: Timing & { speakers: number };
  firstRewordedInMemory: (Timing & { speakers: number }) | null;
  reworded: Timing;
  heldMB: number;
  zips: { name: string; MB: number }[];
  /** CPU load average while measuring: numbers on a shared machine are upper bounds. */
  load1: number;
}

/** A page's own wording of a record: halves swapped, every third word dropped (the exact path misses it). */
function reword(text: string): string {
  const w = text.split(/\s+/);
  const half = Math.floor(w.length / 2);
  return [...w.slice(half), ...w.slice(0, half)].filter((_, i) => i % 3 !== 2).join(' ');
}

/** Quotable records of a speaker (12+ words), the first few in pack order. */
function recordsOf(p: LoadedPack, speaker: string, want: number): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < p.meta.count && out.length < want; i++) {
    const s = p.record(i);
    if (s.speaker === speaker && (!s.textKind || s.textKind === 'verbatim') && s.text.split(/\s+/).length >= 12) out.push(s);
  }
  return out;
}

function firstRewordedTimes(bytes: Uint8Array, speakers: string[], samples: Map<string, Statement[]>, inMemory: boolean): number[] {
  const times: number[] = [];
  for (const sp of speakers) {
    const s = samples.get(sp)![0];
    const fresh = loadPack(bytes);
    const m = Matcher.fromPacks([inMemory ? { ...fresh, reworded: null } : fresh]);
    const t = performance.now();
    m.match({ id: 'r', text: reword(s.text), speaker: sp, date: s.date });
    times.push(performance.now() - t);
  }
  return times;
}

export async function benchBundle(runs = 7, quick = false): Promise<BundleResult | null> {
  if (!existsSync(BUNDLED_PACK)) return null;
  const loads: number[] = [], reads: number[] = [];
  let matcher: Matcher | null = null;
  let pack: ReturnType<typeof loadPack> | null = null;
  const before = held();
  for (let i = 0; i < runs; i++) {
    matcher = null; pack = null;
    const t0 = performance.now();
    const bytes = readFileSync(BUNDLED_PACK);
    const t1 = performance.now();
    pack = loadPack(bytes);
    matcher = Matcher.fromPacks([pack]);
    loads.push(performance.now() - t0);
    reads.push(t1 - t0);
  }
  const heldMB = (held() - before) / 1e6;
  const p = pack!;
  // Quotes from a spread of the bundle's own records (benign edits, misattributions) and unrelated text.
  const sample: Statement[] = [];
  const step = Math.max(1, Math.floor(p.meta.count / 3000));
  for (let i = 0; i < p.meta.count; i += step) sample.push(p.record(i));
  const queries = makeQueries(sample, { benign: 300, altered: 100, misattributed: 100, negative: 200 }, 11);
  const times: number[] = [];
  for (const q of queries) { const t = performance.now(); matcher!.match(q); times.push(performance.now() - t); }
  // Reworded: the biggest speakers' own records in other words, the first lookup on a fresh pack each.
  const bytes = readFileSync(BUNDLED_PACK);
  const groups = [...(p.reworded?.header.groups ?? [])].sort((a, b) => b.count - a.count).slice(0, quick ? 4 : 10);
  const speakers = groups.map((g) => g.speaker);
  const samples = new Map(speakers.map((sp) => [sp, recordsOf(p, sp, 20)] as const));
  const first = firstRewordedTimes(bytes, speakers, samples, false);
  const inMemory = quick ? null : firstRewordedTimes(bytes, speakers.slice(0, 3), samples, true);
  const later: number[] = [];
  for (const sp of speakers) {
    for (const s of samples.get(sp)!) { const t = performance.now(); matcher!.match({ id: 'r', text: reword(s.text), speaker: sp, date: s.date }); later.push(performance.now() - t); }
  }
  const zips = existsSync('.output') ? readdirSync('.output').filter((f) => f.endsWith('.zip') && !f.includes('sources')).map((f) => ({ name: f, MB: statSync(join('.output', f)).size / 1e6 })) : [];
  const load1 = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]) || 0;
  return {
    count: p.meta.count, packMB: statSync(BUNDLED_PACK).size / 1e6, coldLoad: timing(loads), coldLoadP95: timing(loads).p95Ms, read: timing(reads), match: timing(times),
    firstReworded: { ...timing(first), speakers: first.length },
    firstRewordedInMemory: inMemory ? { ...timing(inMemory), speakers: inMemory.length } : null,
    reworded: timing(later), heldMB, zips, load1,
  };
}
