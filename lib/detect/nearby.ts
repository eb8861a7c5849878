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

export function nearbyNames(idx: EntityIndex, open: number, after: number): string[] {
  const ms = idx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].s < open) lo = mid + 1; else hi = mid;
  }
  const dist: { name: string; d: number }[] = [];
  const seen = new Set<string>();
  const take = (name: string, d: number) => { if (!seen.has(name)) { seen.add(name); dist.push({ name, d }); } };
  for (let k = lo - 1, n = 0; k >= 0 && n < NEARBY_MAX_MENTIONS && open - ms[k].s <= NEARBY_BEFORE; k--, n++) take(ms[k].entity.name, open - ms[k].e);
  let k = lo;
  while (k < ms.length && ms[k].s < after) k++;
  for (let n = 0; k < ms.length && n < NEARBY_MAX_MENTIONS && ms[k].s - after <= NEARBY_AFTER; k++, n++) take(ms[k].entity.name, ms[k].s - after);
  return dist.sort((a, b) => a.d - b.d).slice(0, NEARBY_MAX_NAMES).map((x) => x.name);
}
