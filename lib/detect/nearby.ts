/**
 * The people and organisations a text names around a quote: the speakers an attributor could
 * have confused with the one it chose. The matcher reads them before calling a record's
 * speaker wrong: when the text names the record's speaker near the quote, the page may well
 * credit the right person and the attribution be the one at fault.
 */
import type { EntityIndex } from './mentions';

/** How far before the quote (characters): the antecedent window of pronouns and role nouns. */
const NEARBY_BEFORE = 3000;
/** How far after the quote's closing mark: a trailing cue and its appositive. */
const NEARBY_AFTER = 600;
/** Mentions inspected at most on each side, and names returned at most (nearest first). */
const NEARBY_MAX_MENTIONS = 120;
export const NEARBY_MAX_NAMES = 12;

/**
 * The mentions of an index as flat arrays, with each name as a small integer: built once per
 * index (on the first quote), so that the per-quote scan below compares integers and marks a
 * name seen in a stamp array instead of comparing strings against every name seen so far.
 */
interface Flat {
  mentions: EntityIndex['mentions'];
  count: number;
  s: Int32Array;
  e: Int32Array;
  id: Int32Array;
  names: string[];
  stamp: Uint32Array;
  call: number;
}
const FLAT = new WeakMap<EntityIndex, Flat>();

function flatOf(idx: EntityIndex): Flat {
  const ms = idx.mentions;
  let f = FLAT.get(idx);
  if (f && f.mentions === ms && f.count === ms.length) return f;
  const n = ms.length;
  const ids = new Map<string, number>();
  const names: string[] = [];
  f = { mentions: ms, count: n, s: new Int32Array(n), e: new Int32Array(n), id: new Int32Array(n), names, stamp: new Uint32Array(0), call: 0 };
  for (let k = 0; k < n; k++) {
    const name = ms[k].entity.name;
    let id = ids.get(name);
    if (id === undefined) { id = names.length; ids.set(name, id); names.push(name); }
    f.s[k] = ms[k].s;
    f.e[k] = ms[k].e;
    f.id[k] = id;
  }
  f.stamp = new Uint32Array(names.length);
  FLAT.set(idx, f);
  return f;
}

// the nearest names so far (by distance, then in the order seen): at most NEARBY_MAX_NAMES
const TOP_ID: number[] = [];
const TOP_D: number[] = [];

export function nearbyNames(idx: EntityIndex, open: number, after: number): string[] {
  const f = flatOf(idx);
  const { s, e, id, stamp } = f;
  const n = f.count;
  if (++f.call === 0xffffffff) { stamp.fill(0); f.call = 1; }
  const call = f.call;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] < open) lo = mid + 1; else hi = mid;
  }
  let top = 0;
  // a name counts once, at its first sighting (before the quote first, nearest first); the
  // answer is the stable sort of the sightings by distance, cut to NEARBY_MAX_NAMES: kept by
  // insertion into a list of that length, a tie going after the names seen before it
  const take = (name: number, d: number): void => {
    if (stamp[name] === call) return;
    stamp[name] = call;
    if (top === NEARBY_MAX_NAMES && TOP_D[top - 1] <= d) return;
    let j = top < NEARBY_MAX_NAMES ? top++ : top - 1;
    while (j > 0 && TOP_D[j - 1] > d) { TOP_ID[j] = TOP_ID[j - 1]; TOP_D[j] = TOP_D[j - 1]; j--; }
    TOP_ID[j] = name;
    TOP_D[j] = d;
  };
  for (let k = lo - 1, m = 0; k >= 0 && m < NEARBY_MAX_MENTIONS && open - s[k] <= NEARBY_BEFORE; k--, m++) take(id[k], open - e[k]);
  let k = lo;
  while (k < n && s[k] < after) k++;
  for (let m = 0; k < n && m < NEARBY_MAX_MENTIONS && s[k] - after <= NEARBY_AFTER; k++, m++) take(id[k], s[k] - after);
  const out: string[] = [];
  for (let i = 0; i < top; i++) out.push(f.names[TOP_ID[i]]);
  return out;
}
