/**
 * Candidate retrieval: the quote's word bigrams (never across an ellipsis or a [bracket]) are
 * looked up in each pack's index, rarest buckets first, and statements are ranked by shared keys.
 */
import type { LoadedPack } from '../db/pack';
import type { QueryToken } from './tokens';
import { bigramKey, shortKey, SHORT_UNIT_WORDS } from './units';

/** Candidates aligned per quote: true matches rank in the top few; 8 leaves room for same-text records by other speakers. */
export const MAX_CANDIDATES = 8;
/**
 * Candidates tied with the last of the top ones (the same words recorded for many speakers, or
 * a short phrase in many records) kept so the named speaker's record can still be found.
 */
export const MAX_TIED = 256;
/** Buckets longer than this (in index characters, ~2 a posting) are stop-bigrams ("of the") and skipped. */
const MAX_BUCKET_CHARS = 8_000;
/** Total postings characters decoded per quote: bounds latency at a million records. */
const POSTINGS_BUDGET_CHARS = 16_000;
/** Rarest keys looked up per quote: the quoted statement holds every key, so a few rare ones find it. */
const MAX_LOOKUPS = 10;
/** Candidates sharing fewer than this share of the best candidate's keys cannot be the same words. */
const MIN_HIT_SHARE = 0.5;

export interface Candidate {
  pack: number;
  n: number;
  hits: number;
  /** Beyond the top candidates, tied with the last of them: worth aligning only for the named speaker. */
  tied?: boolean;
}

/** Index keys of a quote: bigrams inside each uncut, unbracketed run, or the whole short phrase. */
export function queryKeys(q: QueryToken[]): number[] {
  const keys = new Set<number>();
  const plain = q.filter((t) => !t.editorial);
  for (let i = 0; i + 1 < q.length; i++) {
    const a = q[i], b = q[i + 1];
    if (a.editorial || b.editorial || b.cutBefore) continue;
    keys.add(bigramKey(a.w, b.w));
  }
  if (plain.length && plain.length <= SHORT_UNIT_WORDS) keys.add(shortKey(plain.map((t) => t.w)));
  return [...keys];
}

const boards = new WeakMap<LoadedPack, Uint8Array>();

function scoreboard(p: LoadedPack): Uint8Array {
  let b = boards.get(p);
  if (!b) boards.set(p, (b = new Uint8Array(p.meta.count)));
  return b;
}

export function retrieve(packs: LoadedPack[], keys: number[], limit = MAX_CANDIDATES): Candidate[] {
  const lookups: { pack: number; range: [number, number] }[] = [];
  packs.forEach((p, pack) => {
    for (const k of keys) {
      const range = p.index.range(k);
      if (range[1] > range[0]) lookups.push({ pack, range });
    }
  });
  lookups.sort((a, b) => a.range[1] - a.range[0] - (b.range[1] - b.range[0]));
  // Counting in a per-pack scoreboard (reset through the touched list) beats a Map several-fold.
  const boards = packs.map(scoreboard);
  const touched: number[][] = packs.map(() => []);
  let budget = POSTINGS_BUDGET_CHARS;
  for (const l of lookups.slice(0, MAX_LOOKUPS * packs.length)) {
    const len = l.range[1] - l.range[0];
    if (len > MAX_BUCKET_CHARS || len > budget) break;
    budget -= len;
    const board = boards[l.pack], list = touched[l.pack];
    packs[l.pack].index.visit(l.range, (n) => {
      if (board[n] === 0) list.push(n);
      if (board[n] < 255) board[n]++;
    });
  }
  const out: Candidate[] = [];
  touched.forEach((list, pack) => {
    const board = boards[pack];
    for (const n of list) { out.push({ pack, n, hits: board[n] }); board[n] = 0; }
  });
  out.sort((a, b) => b.hits - a.hits || a.pack - b.pack || a.n - b.n);
  const floor = out.length ? Math.max(1, Math.ceil(out[0].hits * MIN_HIT_SHARE)) : 1;
  const top = out.slice(0, limit).filter((c) => c.hits >= floor);
  // Only when the whole top is one tie (the same words, many records) do ties past it matter.
  if (top.length < limit || top[top.length - 1].hits !== top[0].hits) return top;
  // Ties with the last kept candidate follow, flagged: the matcher checks only their speaker.
  const last = top[0].hits;
  const tied = out.slice(limit, limit + MAX_TIED).filter((c) => c.hits === last).map((c) => ({ ...c, tied: true }));
  return [...top, ...tied];
}
