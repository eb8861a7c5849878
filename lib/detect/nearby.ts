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

/** Distinct names seen so far above which a Set replaces the linear membership scan. */
const LINEAR_DEDUPE_MAX = 24;

// scratch reused by every call (filled by index, never shrunk): this runs once per quote and
// its Set, pairs and sort were a sixth of detection's garbage
const NAMES: string[] = [];
const DISTS: number[] = [];
const ORDER: number[] = [];

export function nearbyNames(idx: EntityIndex, open: number, after: number): string[] {
  const ms = idx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].s < open) lo = mid + 1; else hi = mid;
  }
  let count = 0;
  let seen: Set<string> | null = null;
  const take = (name: string, d: number): void => {
    if (seen) { if (seen.has(name)) return; seen.add(name); }
    else {
      for (let i = 0; i < count; i++) if (NAMES[i] === name) return;
      if (count >= LINEAR_DEDUPE_MAX) { seen = new Set(NAMES.slice(0, count)); seen.add(name); }
    }
    NAMES[count] = name;
    DISTS[count] = d;
    count++;
  };
  for (let k = lo - 1, n = 0; k >= 0 && n < NEARBY_MAX_MENTIONS && open - ms[k].s <= NEARBY_BEFORE; k--, n++) take(ms[k].entity.name, open - ms[k].e);
  let k = lo;
  while (k < ms.length && ms[k].s < after) k++;
  for (let n = 0; k < ms.length && n < NEARBY_MAX_MENTIONS && ms[k].s - after <= NEARBY_AFTER; k++, n++) take(ms[k].entity.name, ms[k].s - after);
  // nearest first, ties in the order seen: a stable insertion sort of indexes (the lists are short)
  for (let i = 0; i < count; i++) {
    let j = i;
    while (j > 0 && DISTS[ORDER[j - 1]] > DISTS[i]) { ORDER[j] = ORDER[j - 1]; j--; }
    ORDER[j] = i;
  }
  const out: string[] = [];
  for (let i = 0; i < count && i < NEARBY_MAX_NAMES; i++) out.push(NAMES[ORDER[i]]);
  return out;
}
