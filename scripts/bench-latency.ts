/** Match latency, pack build/load time and memory at synthetic scale, and fuse.js side by side. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MatchQuery, Statement } from '../lib/types';
import { PackWriter, loadPack } from '../lib/db/pack';
import { fuseBaseline } from '../lib/match/fuse-baseline';
import { Matcher } from '../lib/match/matcher';
import { rng } from './bench-queries';
import { makeSynthetic } from './bench-synth';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface Timing { medianMs: number; p95Ms: number; maxMs: number }
export interface ScaleResult { statements: number; buildMs: number; packMB: number; loadMs: number; readMs: number; heldMB: number; match: Timing }

export function timing(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { medianMs: r(at(0.5)), p95Ms: r(at(0.95)), maxMs: r(s[s.length - 1]) };
}

function heldBytes(): number {
  gc(); gc(); gc(); // large typed arrays and strings need more than one pass
  const m = process.memoryUsage();
  return m.heapUsed + m.external; // external already includes arrayBuffers
}

/** Page-like quotes: windows of records (some with an ellipsis), and unrelated word strings. */
function syntheticQueries(pick: (i: number) => Statement, count: number, n: number, vocab: string[]): MatchQuery[] {
  const r = rng(5);
  const out: MatchQuery[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 4 === 3) {
      const words = Array.from({ length: 12 }, () => vocab[Math.floor(r() * 2000)]);
      out.push({ id: `n${i}`, text: words.join(' '), speaker: null });
      continue;
    }
    const s = pick(Math.floor(r() * count));
    const w = s.text.split(' ');
    const len = Math.min(w.length, 6 + Math.floor(r() * 14));
    const start = Math.floor(r() * (w.length - len + 1));
    const win = w.slice(start, start + len);
    if (i % 4 === 2 && win.length > 10) win.splice(5, 2, '...');
    out.push({ id: `q${i}`, text: win.join(' ').replace(' ... ', '... '), speaker: s.speaker });
  }
  return out;
}

function buildSynthetic(count: number): { str: string; buildMs: number; vocab: string[] } {
  const { statements, vocab } = makeSynthetic(count);
  const t = performance.now();
  const w = new PackWriter();
  for (const s of statements) w.add(s);
  const str = w.finish({ sources: ['synthetic'], name: `synthetic ${count}` });
  return { str, buildMs: performance.now() - t, vocab };
}

export function benchScale(count: number, queries = 2000): ScaleResult {
  let built: ReturnType<typeof buildSynthetic> | null = buildSynthetic(count);
  let str: string | null = built.str;
  const { buildMs, vocab } = built;
  built = null;
  const packMB = str.length / 1e6;
  let t = 0;
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    loadPack(str);
    loads.push(performance.now() - t);
  }
  // As the extension gets it: the file's bytes decoded to text, then loadPack.
  const file = join(tmpdir(), `quotetrace-bench-${count}.json`);
  writeFileSync(file, str);
  str = null;
  const before = heldBytes(); // nothing of the pack is held now
  t = performance.now();
  // Bytes, then a UTF-8 TextDecoder: what fetch().text() does in the service worker.
  const text = new TextDecoder().decode(readFileSync(file));
  const pack = loadPack(text);
  const readMs = performance.now() - t;
  rmSync(file);
  const matcher = Matcher.fromPacks([pack]);
  const qs = syntheticQueries((i) => pack.record(i), count, queries, vocab);
  for (const q of qs.slice(0, 200)) matcher.match(q); // warm-up
  const samples: number[] = [];
  for (const q of qs) {
    t = performance.now();
    matcher.match(q);
    samples.push(performance.now() - t);
  }
  // Held: everything reachable now minus the baseline. The pack text must be in it (one byte a
  // character, ASCII); where the runtime keeps it outside its counters, it is added by length.
  const delta = heldBytes() - before;
  const heldMB = (delta < text.length ? delta + text.length : delta) / 1e6;
  return { statements: count, buildMs: Math.round(buildMs), packMB: Math.round(packMB * 10) / 10, loadMs: timing(loads).medianMs, readMs: Math.round(readMs), heldMB: Math.round(heldMB), match: timing(samples) };
}

export interface FuseComparison { statements: number; queries: number; fuseMedianMs: number; matcherMedianMs: number; ratio: number }

/** The same quotes through fuse.js over every statement (the approach the index replaces). */
export function benchFuse(statements: Statement[], quotes: MatchQuery[]): FuseComparison {
  const fuse = fuseBaseline(statements);
  const matcher = Matcher.fromStatements(statements);
  const f: number[] = [], m: number[] = [];
  for (const q of quotes) {
    let t = performance.now();
    fuse(q.text, 5);
    f.push(performance.now() - t);
    t = performance.now();
    for (let k = 0; k < 20; k++) matcher.match(q);
    m.push((performance.now() - t) / 20);
  }
  const fm = timing(f).medianMs, mm = timing(m).medianMs;
  return { statements: statements.length, queries: quotes.length, fuseMedianMs: fm, matcherMedianMs: mm, ratio: Math.round(fm / Math.max(mm, 1e-3)) };
}
