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
import { loadPack } from '../lib/db/pack';
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
  heldMB: number;
  zips: { name: string; MB: number }[];
  /** CPU load average while measuring: numbers on a shared machine are upper bounds. */
  load1: number;
}

export async function benchBundle(runs = 7): Promise<BundleResult | null> {
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
  const zips = existsSync('.output') ? readdirSync('.output').filter((f) => f.endsWith('.zip') && !f.includes('sources')).map((f) => ({ name: f, MB: statSync(join('.output', f)).size / 1e6 })) : [];
  const load1 = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]) || 0;
  return { count: p.meta.count, packMB: statSync(BUNDLED_PACK).size / 1e6, coldLoad: timing(loads), read: timing(reads), match: timing(times), heldMB, zips, load1 };
}
