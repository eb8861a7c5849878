/**
 * Find the person or organisation a name stands for in an entity index: a full name, a surname
 * (the namesake last named in full, or the one already quoted), or a lone given name.
 */
import { isKnownFirstName, type Gender } from './first-names';
import type { Entity, EntityIndex } from './mentions';
import { coreTokens, isPlace, keyOf } from './names';

/** The last value below pos in an ascending list (binary search), or -1. */
function lastBefore(sorted: number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < pos) { ans = sorted[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/**
 * Pick the entity a single surname stands for: the one named in full most recently before pos
 * ("Ann Holt" after "Ben Holt"), else the most mentioned.
 */
export function pickEntity(list: Entity[] | undefined, pos = -1): Entity | null {
  if (!list || list.length === 0) return null;
  let best = list[0];
  if (list.length === 1) return best;
  // someone already quoted under this surname keeps it ("Holt said" after his sister "Ann Holt" was named)
  const speakers = list.filter((e) => (e.spoke ?? 0) > 0);
  if (speakers.length === 1) return speakers[0];
  let bestAt = -1;
  for (const e of list) {
    const at = lastBefore(e.fullAt, pos);
    if (at > bestAt || (at === bestAt && e.count > best.count)) { best = e; bestAt = at; }
  }
  return best;
}

/** Surnames shorter than this are never matched by spelling variant ("Cole" vs "Coe"). */
const FUZZY_MIN_CHARS = 5;

const deletions = (w: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
};

/**
 * Index of known surnames by their one-letter deletions, so a misspelt surname ("Pratchet" for
 * "Pratchett", "Hollis" for "Hollins") finds its person in time linear in its length.
 */
export function buildSpellingIndex(idx: EntityIndex): void {
  const m = new Map<string, string[]>();
  const add = (k: string, v: string): void => { const l = m.get(k); if (!l) m.set(k, [v]); else if (!l.includes(v)) l.push(v); };
  for (const [key, list] of idx.byLast) {
    if (key.length < FUZZY_MIN_CHARS || !list.some((e) => e.tokens.length > 1)) continue;
    add(key, key);
    for (const d of deletions(key)) add(d, key);
  }
  idx.spelling = m;
}

/** spellingVariant's answers by spelling index: every capitalised word a text repeats asks again. */
const VARIANTS = new WeakMap<Map<string, string[]>, Map<string, string | null>>();

/** The one known surname within one edit of key (same first letter), or null when none or several. */
function spellingVariant(idx: EntityIndex, key: string): string | null {
  if (!idx.spelling || key.length < FUZZY_MIN_CHARS) return null;
  let memo = VARIANTS.get(idx.spelling);
  if (!memo) { memo = new Map(); VARIANTS.set(idx.spelling, memo); }
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = new Set<string>();
  for (const k of [key, ...deletions(key)]) for (const v of idx.spelling.get(k) ?? []) if (v !== key && v[0] === key[0]) found.add(v);
  const v = found.size === 1 ? [...found][0] : null;
  memo.set(key, v);
  return v;
}

/** The one person whose name is a given name and then all of name's words, or null. */
function fullerName(list: Entity[], name: string[]): Entity | null {
  let found: Entity | null = null;
  for (const e of list) {
    const t = coreTokens(e.tokens);
    // "Debbie Wasserman Schultz", not "Reuters’ Luciana Lopez" or "Politico New York"
    if (t.length <= name.length || !isKnownFirstName(t[0])) continue;
    let ends = true;
    for (let k = 1; k <= name.length && ends; k++) ends = keyOf(t[t.length - k]) === keyOf(name[name.length - k]);
    if (!ends) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/** Resolve name words ("Stoltenberg", "Jens Stoltenberg", "Jens") to a known entity. */
export function resolveNameWords(idx: EntityIndex, name: string[], pos = -1, gender: Gender = null, roles: string[] = []): Entity | null {
  if (name.length === 0) return null;
  const core = coreTokens(name);
  const last = keyOf(core[core.length - 1]);
  let byLast = idx.byLast.get(last);
  // "Mr. Holt" is not "Ann Holt"
  if (gender && byLast) byLast = byLast.filter((e) => !e.gender || e.gender === gender);
  if (core.length > 1) {
    const first = keyOf(core[0]);
    // "Wasserman Schultz", "Vargas Llosa": a two-part surname of someone the text names in full
    const fuller = byLast && !isKnownFirstName(core[0]) && !isPlace(core) ? fullerName(byLast, core) : null;
    if (fuller) return fuller;
    const same = byLast?.find((e) => keyOf(e.tokens[0]) === first);
    // "South Korea" is not the "N. Korea" the text named before: a place is only itself
    return same ?? (isPlace(core) ? null : pickEntity(byLast, pos));
  }
  const org = idx.orgs.get(last);
  if (org) return org;
  if (!byLast && core.length === 1) {
    const v = spellingVariant(idx, last);
    if (v) byLast = idx.byLast.get(v)?.filter((e) => !gender || !e.gender || e.gender === gender);
  }
  if (roles.length > 0 && byLast && byLast.length > 1) {
    // "President Holt" is the Holt the text calls president, not a namesake named in full
    const holders = byLast.filter((e) => roles.some((r) => idx.roles.get(r)?.some((h) => h.entity === e)));
    if (holders.length > 0) return pickEntity(holders, pos);
  }
  return pickEntity(byLast, pos) ?? (isKnownFirstName(last) ? pickEntity(idx.byFirst.get(last), pos) : null);
}
