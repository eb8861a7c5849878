/**
 * Speaker names: "Sergei"/"Sergey" Lavrov, "Liz"/"Elizabeth" Truss, "Joe Biden"/"Joseph R.
 * Biden Jr.", "Stoltenberg"/"Jens Stoltenberg" and "President Biden" all compare equal.
 */
import type { Statement } from '../types';

/** Titles and roles dropped from the front of a name. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'gen', 'col', 'capt',
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'sen', 'senator', 'rep',
  'representative', 'gov', 'governor', 'mayor', 'chancellor', 'ambassador', 'judge', 'justice',
  'congressman', 'congresswoman', 'speaker', 'leader', 'foreign', 'former', 'us', 'u.s', 'the',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
/** Surname particles that belong to the surname ("van der Leyen", "de Santis"). */
const PARTICLES = new Set(['van', 'von', 'der', 'de', 'del', 'della', 'da', 'di', 'la', 'le', 'al', 'bin', 'ibn']);

/** Given-name families: any two in one group are the same person's name. */
const NICKNAMES: string[][] = [
  ['elizabeth', 'liz', 'beth', 'betty', 'eliza', 'lizzie'], ['joseph', 'joe', 'joey'],
  ['william', 'bill', 'will', 'billy', 'willy'], ['robert', 'bob', 'rob', 'bobby', 'robbie'],
  ['richard', 'rick', 'dick', 'rich'], ['james', 'jim', 'jimmy', 'jamie'], ['michael', 'mike', 'mick'],
  ['thomas', 'tom', 'tommy'], ['charles', 'charlie', 'chuck'], ['edward', 'ed', 'ted', 'eddie'],
  ['alexander', 'alex', 'sasha'], ['alexandria', 'alex'], ['katherine', 'kathy', 'kate', 'katie', 'catherine'],
  ['margaret', 'maggie', 'meg', 'peggy'], ['christopher', 'chris'], ['daniel', 'dan', 'danny'],
  ['anthony', 'tony', 'antony'], ['nicholas', 'nick'], ['benjamin', 'ben', 'bibi'], ['jonathan', 'jon'],
  ['john', 'jack', 'johnny'], ['patricia', 'pat', 'patty'], ['kenneth', 'ken'], ['steven', 'steve', 'stephen'],
  ['gregory', 'greg'], ['theodore', 'ted', 'teddy'], ['andrew', 'andy', 'drew'], ['matthew', 'matt'],
  ['samuel', 'sam'], ['donald', 'don', 'donnie'], ['ronald', 'ron'], ['timothy', 'tim'],
  ['jeffrey', 'jeff'], ['gerald', 'jerry'], ['lawrence', 'larry'], ['susan', 'sue'], ['deborah', 'debbie', 'deb'],
  ['rebecca', 'becky'], ['hillary', 'hilary'], ['barack', 'barry'], ['mitchell', 'mitch'],
  ['nancy', 'nan'], ['elisabeth', 'elizabeth', 'liz'], ['frederick', 'fred'], ['vladimir', 'vlad'],
];
const NICK_GROUPS = new Map<string, Set<number>>();
NICKNAMES.forEach((g, i) => g.forEach((n) => (NICK_GROUPS.get(n) ?? NICK_GROUPS.set(n, new Set()).get(n)!).add(i)));

export interface NameParts {
  /** Given names (initials included), lowercased and folded. */
  given: string[];
  /** Surname, particles included ("van der leyen"). */
  surname: string;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits a name into given names and surname, dropping titles and suffixes. */
export function parseName(name: string): NameParts | null {
  let words = fold(name).replace(/["“”()]/g, ' ').split(/[\s,]+/).map((w) => w.replace(/[.'’]/g, '')).filter(Boolean);
  const isTitle = (w: string) => TITLES.has(w) || w.split('-').every((p) => TITLES.has(p));
  while (words.length > 1 && isTitle(words[0])) words = words.slice(1);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words = words.slice(0, -1);
  if (!words.length) return null;
  let k = words.length - 1;
  while (k > 0 && PARTICLES.has(words[k - 1])) k--;
  return { given: words.slice(0, k), surname: words.slice(k).join(' ') };
}

/** Edit distance bounded by max (returns max+1 when further apart). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Spelling variants: one edit for short names, two for long ("Sergei"/"Sergey", "Zelensky"/"Zelenskyy"). */
function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const max = Math.min(a.length, b.length) >= 7 ? 2 : Math.min(a.length, b.length) >= 4 ? 1 : 0;
  return max > 0 && a[0] === b[0] && editDistance(a, b, max) <= max;
}

function givenCompatible(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0]; // initial
  if (similar(a, b)) return true;
  const ga = NICK_GROUPS.get(a), gb = NICK_GROUPS.get(b);
  if (ga && gb) for (const g of ga) if (gb.has(g)) return true;
  return false;
}

/** True when two written names can be the same person. */
export function sameName(a: string, b: string): boolean {
  const pa = parseName(a), pb = parseName(b);
  if (!pa || !pb) return false;
  if (!similar(pa.surname, pb.surname)) {
    // "Joseph R. Biden" parsed surname "biden" vs "Biden Jr" fine; try a compound surname's last word.
    const la = pa.surname.split(' ').pop()!, lb = pb.surname.split(' ').pop()!;
    if (!similar(la, lb)) return false;
  }
  if (!pa.given.length || !pb.given.length) return true; // surname only
  // Any given name against any: "NATO Secretary-General Jens Stoltenberg" keeps role words
  // that are not in TITLES, "Joseph R. Biden" has a middle initial.
  return pa.given.some((a) => pb.given.some((b) => givenCompatible(a, b)));
}

/** True when the page's speaker names the statement's speaker (name or any alias). */
export function speakerMatches(pageSpeaker: string, s: Pick<Statement, 'speaker' | 'speakerAliases'>): boolean {
  if (!s.speaker) return false;
  if (sameName(pageSpeaker, s.speaker)) return true;
  return (s.speakerAliases ?? []).some((a) => sameName(pageSpeaker, a));
}
