/**
 * Narrative pronoun chains: a "he" whose antecedent is another "he" ("Holt said he would run.
 * He added that the party's Vance … ¶ “…,” he said") takes that pronoun's referent. The
 * pronouns are found once per text (one regex pass); each is resolved at most once (memo), so a
 * chain costs one lookup per link and every lookup is a binary search.
 */
import type { Entity, EntityIndex } from './mentions';

export interface PronounAt { s: number; g: 'm' | 'f' }

const PRONOUNS = new WeakMap<EntityIndex, PronounAt[]>();
const REFERENTS = new WeakMap<EntityIndex, Map<number, Entity | null>>();

/** Every "he" / "she" in the text, in order. */
export function pronounsOf(idx: EntityIndex, text: string): PronounAt[] {
  let list = PRONOUNS.get(idx);
  if (list) return list;
  list = [];
  const re = /\b(he|she)\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) list.push({ s: m.index, g: m[1].length === 2 ? 'm' : 'f' });
  PRONOUNS.set(idx, list);
  return list;
}

/** The last pronoun of gender g before pos and at or after from, outside quotations, or null. */
export function previousPronoun(idx: EntityIndex, text: string, g: 'm' | 'f', from: number, pos: number, isQuoted: (p: number) => boolean): PronounAt | null {
  const list = pronounsOf(idx, text);
  let lo = 0;
  let hi = list.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].s < pos) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  for (let i = at, n = 0; i >= 0 && list[i].s >= from && n < MAX_PRONOUNS_SKIPPED; i--) {
    if (isQuoted(list[i].s)) { n++; continue; }
    if (list[i].g === g) return list[i];
    n++;
  }
  return null;
}

/** Quoted or other-gender pronouns stepped over when looking for the previous one. */
const MAX_PRONOUNS_SKIPPED = 12;

/** The referent of the pronoun at p, computed once per text by resolve. */
export function referentOf(idx: EntityIndex, p: PronounAt, resolve: (p: PronounAt) => Entity | null): Entity | null {
  let memo = REFERENTS.get(idx);
  if (!memo) { memo = new Map(); REFERENTS.set(idx, memo); }
  if (memo.has(p.s)) return memo.get(p.s)!;
  memo.set(p.s, null); // a cycle cannot arise (each link looks further back), but stay safe
  const e = resolve(p);
  memo.set(p.s, e);
  return e;
}
