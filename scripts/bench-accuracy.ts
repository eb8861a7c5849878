/** Accuracy of the matcher on real statements with generated quotes (see bench-queries.ts). */
import type { MatchResult, Statement } from '../lib/types';
import { Matcher } from '../lib/match/matcher';
import type { Strictness } from '../lib/match/score';
import { sameName } from '../lib/match/speakers';
import { tokenize } from '../lib/match/tokens';
import { unitsOf } from '../lib/match/units';
import { makeQueries, type BenchQuery, type Kind } from './bench-queries';
import { timing, type Timing } from './bench-latency';

export const QUERY_COUNTS = { benign: 3000, altered: 800, misattributed: 800, negative: 1600 };

export interface AccuracyResult {
  statements: number;
  queries: Record<Kind, number>;
  benignFirst: number;
  alteredCorrect: number;
  misattributedCorrect: number;
  falseMatchNegatives: number;
  wrongStatement: number;
  byEdit: Record<string, { n: number; ok: number }>;
  match: Timing;
  /** Side-panel search: first call (builds its word index), then per query. */
  searchBuildMs: number;
  search: Timing;
  failures: { kind: string; edit: string; text: string; speaker: string | null; got: string; gotId?: string; want?: string }[];
}

/** The result's statement is the source or a record with the same words by the same person. */
function equivalent(res: Statement, src: Statement, q: BenchQuery): boolean {
  if (res.id === src.id) return true;
  // Pseudo-speakers ("Viral image", "Instagram posts") repeat one claim under several names.
  const checkable = src.speaker && !src.speakerIsAggregate && res.speaker && !res.speakerIsAggregate;
  if (checkable && !sameName(src.speaker!, res.speaker!)) return false;
  const first = tokenize(q.text.split(/\.\.\.|…/)[0].replace(/\[[^\]]*\]/g, ' ')).join(' ');
  return unitsOf(res).some((u) => ` ${u.tokens.join(' ')} `.includes(` ${first} `));
}

function correct(q: BenchQuery, r: MatchResult): boolean {
  if (q.kind === 'negative') return r.status === 'unmatched';
  const want = q.kind === 'benign' ? 'verified' : q.kind;
  return r.status === want && !!r.statement && equivalent(r.statement, q.source!, q);
}

/** One statement in this many is left out of the index and quoted as a real quote in no database. */
const HOLD_OUT_EVERY = 20;

export function benchAccuracy(all: Statement[], counts = QUERY_COUNTS, strictness: Strictness = 'balanced'): AccuracyResult {
  const statements = all.filter((_, i) => i % HOLD_OUT_EVERY !== 0);
  // A held-out record sharing any five words in a row with an indexed one is a duplicate claim
  // (the sources overlap), not a quote in no database: dropped, by this independent oracle.
  const grams = new Set<string>();
  for (const s of statements) for (const u of unitsOf(s)) for (let i = 0; i + 5 <= u.tokens.length; i++) grams.add(u.tokens.slice(i, i + 5).join(' '));
  const heldOut = all.filter((s, i) => i % HOLD_OUT_EVERY === 0 && !unitsOf(s).some((u) => u.tokens.some((_, k) => k + 5 <= u.tokens.length && grams.has(u.tokens.slice(k, k + 5).join(' ')))));
  const matcher = Matcher.fromStatements(statements);
  const queries = makeQueries(statements, counts, 7, heldOut);
  const ok: Record<Kind, number> = { benign: 0, altered: 0, misattributed: 0, negative: 0 };
  const n: Record<Kind, number> = { benign: 0, altered: 0, misattributed: 0, negative: 0 };
  const byEdit: AccuracyResult['byEdit'] = {};
  const failures: AccuracyResult['failures'] = [];
  let wrong = 0;
  const samples: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    const r = matcher.match(q, { strictness });
    samples.push(performance.now() - t);
    const good = correct(q, r);
    n[q.kind]++;
    if (good) ok[q.kind]++;
    const e = (byEdit[`${q.kind}/${q.edit}`] ??= { n: 0, ok: 0 });
    e.n++;
    if (good) e.ok++;
    if (q.source && r.statement && !equivalent(r.statement, q.source, q)) wrong++;
    if (!good) failures.push({ kind: q.kind, edit: q.edit, text: q.text, speaker: q.speaker, got: r.status, gotId: r.statement?.id, want: q.source?.id });
  }
  const rate = (k: Kind) => ok[k] / Math.max(1, n[k]);
  let t = performance.now();
  matcher.search('health care');
  const searchBuildMs = Math.round(performance.now() - t);
  const searchSamples: number[] = [];
  for (const q of queries.slice(0, 300)) {
    // Two or three words of a quote, the last one half typed, some with a speaker filter.
    const words = q.text.split(/\s+/).filter((w) => w.length > 3).slice(0, 3);
    if (words.length) words[words.length - 1] = words[words.length - 1].slice(0, 4);
    t = performance.now();
    matcher.search(words.join(' '), { limit: 20, speaker: searchSamples.length % 3 ? undefined : q.speaker ?? undefined });
    searchSamples.push(performance.now() - t);
  }
  return {
    statements: matcher.size,
    queries: n,
    benignFirst: rate('benign'),
    alteredCorrect: rate('altered'),
    misattributedCorrect: rate('misattributed'),
    falseMatchNegatives: 1 - rate('negative'),
    wrongStatement: wrong / Math.max(1, queries.length - n.negative),
    byEdit,
    match: timing(samples),
    searchBuildMs,
    search: timing(searchSamples),
    failures,
  };
}
