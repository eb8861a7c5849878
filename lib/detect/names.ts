/**
 * Personal names inside capitalised runs: which words are titles ("Sen.", "Foreign Minister"),
 * which are the name, whether the run is an organisation or a place, and what gender its
 * honorific or given name suggests.
 */
import { stripPossessive } from '../text/tokens';
import { genderOfFirstName, isKnownFirstName, type Gender } from './first-names';
import { CAPITALISED_STOPWORDS, CUE_VERBS, KNOWN_ORGS, ORG_HEADS, ROLE_NOUNS, TITLE_WORDS } from './lexicon';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const CURLY_APOSTROPHE = /\u2019/g; // global: only passed to replace, which starts at 0
const PLACE_BASED = /^\p{Lu}\p{L}+-based$/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const ING_OR_LY_OPENER = /^\p{Lu}\p{Ll}{3,}(?:ing|ly)$/u;
const PAST_CUE_OPENER = /^\p{Lu}\p{Ll}+ed$|^(?:Said|Wrote|Told)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const ENDS_IN_CONSONANT_A = /[^aeiou]a$/i;
const A_ENDING_NOT_FEMALE = /^(?:joshua|luca|nikita|garcia|costa|santa|saudi)$/i;

export const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
export const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'dame', 'lady', 'queen']);
export const MALE_TITLES = new Set(['mr', 'congressman', 'chairman', 'spokesman', 'businessman', 'sir', 'lord', 'king']);
/** Titles that can only precede a person's name ("Mr. Holt", "Sen. Pratt"). */
export const HONORIFICS = new Set(('mr mrs ms miss dr sen senator rep representative gov governor president del delegate ' +
  'secretary ambassador minister gen general judge justice mayor chancellor prof professor rev ' +
  'congressman congresswoman chairman chairwoman spokesman spokeswoman sheriff sir dame lord lady').split(' '));
// low and keyOf run for nearly every token: string checks, not a regex replace, keep them cheap
export const low = (w: string): string => {
  const l = w.toLowerCase();
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
};
export const keyOf = (w: string): string => {
  const l = stripPossessive(w).toLowerCase();
  return l.includes('\u2019') ? l.replace(CURLY_APOSTROPHE, "'") : l;
};

export function isTitle(w: string): boolean {
  const l = low(w);
  return TITLE_WORDS.has(l) || TITLE_WORDS.has(l + '.');
}

/** First and last words that make a capitalised run a place, not a person ("New Haven", "Lane County"). */
const PLACE_FIRST = new Set(['new', 'north', 'south', 'east', 'west', 'united', 'saint', 'st', 'san', 'santa', 'los', 'las', 'fort', 'mount', 'lake', 'port', 'great', 'upper', 'lower', 'central', 'northern', 'southern', 'eastern', 'western']);
const PLACE_LAST = new Set(['county', 'city', 'state', 'states', 'river', 'island', 'islands', 'park', 'street', 'avenue', 'coast', 'valley', 'beach', 'bay', 'republic', 'kingdom', 'square', 'hall', 'center', 'stadium', 'airport', 'road', 'district', 'province', 'region', 'peninsula', 'sea', 'ocean', 'republican', 'democratic', 'democrat']);

export function isPlace(name: string[]): boolean {
  if (name.length === 0 || isKnownFirstName(name[0])) return false; // "Linda Park" is a person
  return PLACE_FIRST.has(low(name[0])) || PLACE_LAST.has(low(name[name.length - 1]));
}

/** A word ending in a bare plural-possessive apostrophe, straight or curly: /s['’]$/i. */
const endsPluralPossessive = (w: string): boolean => {
  const n = w.length;
  const c = n >= 2 ? w.charCodeAt(n - 1) : 0;
  return (c === 39 || c === 0x2019) && (w.charCodeAt(n - 2) | 32) === 115;
};
const isConnector = (w: string): boolean => w === 'of' || w === 'on' || w === 'for' || w === 'to';

/**
 * Split a capitalised run into (title words, name words), or mark it an organisation. Runs for
 * every capitalised run of a text and every speaker phrase: loops, not array callbacks and
 * slices (it was the largest source of detection's garbage).
 */
export function splitRun(words: string[], afterPreposition = false, monthMayBeName = false): { titles: string[]; name: string[]; org: boolean } {
  let i = 0;
  while (i < words.length - 1 && (CAPITALISED_STOPWORDS.has(low(words[i])) || isClauseOpener(words[i]))) {
    // "June Halvorsen, the county clerk": a month opening a run before a surname is a given name
    if (i === 0 && monthMayBeName && MONTH_GIVEN_NAMES[low(words[0])] !== undefined && isSurnameLike(words[1])) break;
    i++;
  }
  // "CNN’s Maria Olsen": the name starts after a possessive
  for (let k = words.length - 2; k >= i; k--) {
    if (stripPossessive(words[k]) !== words[k]) { i = k + 1; break; }
    // "the Anglers' Federation" is one name; "Democrats' Nancy Pelosi" starts after the possessive
    if (endsPluralPossessive(words[k])) {
      if (!ORG_HEADS.has(low(words[words.length - 1]))) { i = k + 1; break; }
      return { titles: [], name: words.slice(i), org: true };
    }
  }
  const rest: string[] = [];
  for (let k = i; k < words.length; k++) rest.push(stripPossessive(words[k]));
  const n = rest.length;
  // "Association of Flight Crews": an organisation head before a connector
  let connector = -1;
  for (let k = 1; k < n; k++) if (isConnector(rest[k])) { connector = k; break; }
  if (connector > 0 && ORG_HEADS.has(low(rest[connector - 1]))) return { titles: [], name: rest, org: true };
  const lastWord = low(rest[n - 1]);
  const org = ORG_HEADS.has(lastWord) || (n === 1 && KNOWN_ORGS.has(lastWord));
  if (org) return { titles: [], name: rest, org: true };
  let lastTitle = -1;
  // "Dean Johnson": a title that is also a given name, before one surname, is the given name
  for (let k = n === 2 && isKnownFirstName(rest[0]) ? 1 : 0; k < n - 1; k++) if (isTitle(rest[k])) lastTitle = k;
  // "Reporter Jana Holt", "Texas-based Tom Pratt": a role noun or a "-based" opening a longer run describes the person
  if (lastTitle < 0 && n >= 3 && isDescriptorWord(rest[0])) lastTitle = 0;
  // "Minister for Transport Ana Ruiz": the title's complement is part of the title
  for (let k = 1; k + 3 < n; k++) if ((rest[k] === 'of' || rest[k] === 'for') && isTitle(rest[k - 1])) lastTitle = Math.max(lastTitle, k + 1);
  let name = lastTitle < 0 ? rest : rest.slice(lastTitle + 1);
  const titles = lastTitle < 0 ? [] : rest.slice(0, lastTitle + 1);
  let firstKnown = -1;
  for (let k = 0; k < name.length; k++) if (isKnownFirstName(name[k])) { firstKnown = k; break; }
  // "to Moscow John Sullivan": the run began with the preposition's object; "Arlo Peter Grant"
  // and "Tobin Alexander" are whole names
  if (firstKnown > 0 && firstKnown < name.length - 1 && (afterPreposition || leadIsNotName(name, firstKnown))) name = name.slice(firstKnown);
  else if (firstKnown < 0 && longCoreCount(name) > 3) name = name.slice(-2);
  return { titles, name, org: false };
}

/** A capitalised role noun ("Reporter", "Co-anchor") or place adjective ("Texas-based"): no part of a name. */
function isDescriptorWord(w: string): boolean {
  const l = low(w);
  return ROLE_NOUNS.has(l) || (l.startsWith('co-') && (ROLE_NOUNS.has(l.slice(3)) || TITLE_WORDS.has(l.slice(3)))) || PLACE_BASED.test(w);
}

/** Some word before the first given name is an organisation, a place or an acronym. */
function leadIsNotName(name: string[], firstKnown: number): boolean {
  for (let k = 0; k < firstKnown; k++) {
    const w = name[k];
    if (KNOWN_ORGS.has(low(w)) || ORG_HEADS.has(low(w)) || isPlace([w]) || ALL_UPPER.test(w)) return true;
  }
  return false;
}

/** coreTokens(name).filter((w) => w.length > 1).length, without the arrays. */
function longCoreCount(name: string[]): number {
  let core = 0;
  let long = 0;
  let longAll = 0;
  for (const w of name) {
    if (w.length > 1) longAll++;
    if (SUFFIXES.has(low(w))) continue;
    core++;
    if (w.length > 1) long++;
  }
  return core > 0 ? long : longAll;
}

/** Auxiliaries and modals that open a question or clause: "Does Rubio …", "Would Holt …" ("Will", "Can" are also given names). */
const AUXILIARIES = new Set(['does', 'did', 'do', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'could', 'would', 'should', 'must', 'might', 'shall']);

/**
 * A capitalised sentence opener that is a verb or adverb, not a given name: "Does Rubio",
 * "Celebrating Clinton", "Clearly Holt". A word the first-name list knows ("Will", "Sterling") stays.
 */
function isClauseOpener(w: string): boolean {
  if (isKnownFirstName(w)) return false; // "Will Oduya"
  // "Stated Holt:", "Added Holt:": a past-tense reporting verb
  return AUXILIARIES.has(low(w)) || ING_OR_LY_OPENER.test(w) || (PAST_CUE_OPENER.test(w) && CUE_VERBS.has(low(w)));
}

/** Months that are also given names, with the gender they suggest ("June Holt", "April Reyes"). */
export const MONTH_GIVEN_NAMES: Record<string, Gender> = { june: 'f', april: 'f', may: 'f', august: 'm' };

/** A capitalised word that can follow a given name: not a stopword, title, number or organisation word. */
function isSurnameLike(w: string | undefined): boolean {
  if (!w || !CAPITALISED.test(w)) return false;
  const l = low(w);
  return !CAPITALISED_STOPWORDS.has(l) && !isTitle(w) && !ORG_HEADS.has(l) && !KNOWN_ORGS.has(l);
}

export function runGender(titles: string[], name: string[]): Gender {
  for (const t of titles) {
    const l = low(t);
    if (FEMALE_TITLES.has(l)) return 'f';
    if (MALE_TITLES.has(l)) return 'm';
  }
  if (name.length === 0) return null;
  const g = genderOfFirstName(name[0], name.length > 1) ?? (name.length > 1 ? MONTH_GIVEN_NAMES[low(name[0])] ?? null : null);
  if (g || name.length === 1) return g;
  // unknown given names ending in -a are mostly women's; a guess, not a fact
  return ENDS_IN_CONSONANT_A.test(name[0]) && !A_ENDING_NOT_FEMALE.test(name[0]) ? 'f' : null;
}

/**
 * The gender runGender gave (`gender`) is a guess, not a fact: no gendered title, and the given
 * name is only in the gender-only list or merely ends in -a. The text's own pronouns may overrule it.
 */
export function runGenderIsGuess(titles: string[], name: string[], gender: Gender): boolean {
  if (gender === null || name.length < 2 || genderOfFirstName(name[0]) !== null) return false;
  return !titles.some((t) => FEMALE_TITLES.has(low(t)) || MALE_TITLES.has(low(t)));
}

/** The name without generational suffixes ("Jr.", "III"); the name itself when it has none (read only). */
export function coreTokens(name: string[]): string[] {
  let suffixed = false;
  // a suffix is at most four characters ("III."): longer words need no lowercasing
  for (const w of name) if (w.length <= 4 && SUFFIXES.has(low(w))) { suffixed = true; break; }
  if (!suffixed) return name;
  const core = name.filter((w) => !SUFFIXES.has(low(w)));
  return core.length ? core : name;
}
