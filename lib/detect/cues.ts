/**
 * Read the speaker phrase next to a reporting cue inside a small token window:
 * backwards from the cue for "Stoltenberg told", "the senator, a Republican, said", and
 * forwards for the inverted "said Smith" or "according to the Kremlin".
 */
import type { Token } from '../text/tokens';
import { isKnownFirstName } from './first-names';
import { isPossessedHead, POSSESSIVE_DETERMINER, unnamedForward, unnamedSubject } from './phrase';
import { isCapitalised, stripPossessive } from '../text/tokens';
import { AFFILIATION_NOUNS, CAPITALISED_STOPWORDS, CLAUSE_BREAKERS, CUE_NOUNS, ORG_HEADS, CUE_FILLERS, CUE_VERBS, NOMINAL_SPEAKERS, PREPOSITIONS, ROLE_NOUNS, TITLE_WORDS } from './lexicon';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const LY_ADVERB = /^\p{Ll}+ly$/u;
const CONTRACTION = /['\u2019](?:s|d|ll|ve|re)$/;
const PHRASE_BREAK = /[,;:()]/;
const OBJECT_BREAK = /[,;:(\u2014]/;
const OWNER_PREPOSITION = /^(?:of|at|from|for)$/;
const COMMA = /,/;
const CLAUSE_BREAK = /[,;:]/;
const IN_ON_AT = /^(?:in|on|at)$/;
const NUMBER = /^\d+$/;
const COMMA_OR_SEMICOLON = /[,;]/;
const HYPHENATED_PREFIX = /^\p{Ll}+-(\p{Ll}+)$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const NAME_GAP = /^[ \u00a0]$|^\. $/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const PHRASE_END = /[,;:.()]/;
const LOWER_PLURAL = /^\p{Ll}+[^s]s$/u;
const LY_ENDING = /ly$/;
const STARTS_WITH_COMMA = /^,/;
const THE_OR_THIS = /^(?:the|this)$/i;

export type PhraseKind = 'name' | 'pronoun' | 'noun';

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** Words of the phrase as written. */
  words: string[];
  s: number;
  e: number;
  /** An unnamed source, document or group read whole (phrase.ts): reported as written. */
  asWritten?: boolean;
}

/** Heads that quantify the people after "of" ("52 percent of voters", "groups of protesters"). */
const QUANTITY_HEADS = new Set(['percent', 'majority', 'minority', 'half', 'third', 'quarter', 'most', 'many', 'some', 'dozens', 'hundreds', 'thousands', 'groups', 'group', 'number', 'share', 'handful']);
/** "Small groups of marchers", "Most of the residents". */
const isQuantityPhrase = (words: string[]): boolean =>
  (QUANTITY_HEADS.has(lw(words[0])) && words[1] === 'of') || (words.length > 2 && QUANTITY_HEADS.has(words[1]) && words[2] === 'of');
/** Nouns ending in -ly that can stand before a verb ("the family said"). */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'reply', 'rally', 'bully', 'ally', 'anomaly', 'monopoly', 'homily', 'butterfly', 'lily', 'belly', 'jelly', 'folly', 'tally', 'melee']);
/** "forcefully told", "quietly added": a manner adverb between the speaker and the cue. */
const isMannerAdverb = (w: string): boolean => w.length >= 6 && LY_ADVERB.test(w) && !LY_NOUNS.has(w);
/** Most tokens a speaker phrase may span ("a spokeswoman for the city council"). */
const MAX_PHRASE_TOKENS = 7;
/** Most tokens skipped over an appositive or relative clause ("Truss, who ..., said"). */
const MAX_APPOSITIVE_TOKENS = 24;

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const OBJECT_TO_SUBJECT: Record<string, string> = { him: 'he', her: 'she', them: 'they' };
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'several', 'some', 'two', 'three', 'many', 'other', 'this', 'that', 'these', 'those', 'both', 'most', 'few']);
const OF_PHRASE = new Set(['for', 'of', 'at', 'in', 'on', 'with']);
const SPEAKER_HEADS = new Set([...ROLE_NOUNS, ...NOMINAL_SPEAKERS]);
const DESCRIPTORS = new Set(['talk', 'radio', 'press', 'campaign', 'host', 'vice-presidential', 'police', 'widow', 'party', 'majority', 'minority', 'house', 'senate', 'conservative', 'liberal', 'progressive', 'county', 'city', 'state', 'federal', 'top', 'senior', 'longtime']);
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'del', 'da', 'di', 'du']);

export const lw = (w: string): string => w.toLowerCase();
/** isCue by word: it runs for most tokens near every quote, and a text repeats its words. */
const CUE_MEMO = new Map<string, boolean>();
/** Words remembered at most (the memo is dropped, not grown, past this). */
const CUE_MEMO_MAX = 50_000;

export function isCue(w: string): boolean {
  let v = CUE_MEMO.get(w);
  if (v === undefined) {
    v = isCueWord(w);
    if (CUE_MEMO.size >= CUE_MEMO_MAX) CUE_MEMO.clear();
    CUE_MEMO.set(w, v);
  }
  return v;
}

function isCueWord(w: string): boolean {
  if (isCapitalised(w)) return false; // "States", "Post": names, not verbs
  const l = lw(w);
  if (CUE_VERBS.has(l)) return true;
  if (!l.endsWith('ing')) return false;
  const stem = l.slice(0, -3);
  return CUE_VERBS.has(stem) || CUE_VERBS.has(stem + 'e');
}

/** "He’s" -> "he", "She'd" -> "she". */
const bare = (w: string): string => lw(w).replace(CONTRACTION, '');

function gap(text: string, toks: Token[], k: number): string {
  return k + 1 < toks.length ? text.slice(toks[k].e, toks[k + 1].s) : '';
}

/** Capitalised run ending at token k (reading backwards), as token indexes [a, k]. */
function runBack(text: string, toks: Token[], k: number, floor: number): number {
  let a = k;
  while (a - 1 >= floor) {
    const g = gap(text, toks, a - 1);
    const w = toks[a - 1].w;
    const joinable = g === ' ' || g === '\u00a0' || (g === '. ' && (w.length === 1 || w.includes('.') || /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Del|Prof|Rev)$/.test(w)));
    if (!joinable) break;
    if (isCapitalised(w) && (!CAPITALISED_STOPWORDS.has(lw(w)) || w.length === 1)) { a--; continue; }
    if (PARTICLES.has(w) && a - 2 >= floor && isCapitalised(toks[a - 2].w)) { a -= 2; continue; }
    break;
  }
  return a;
}

function phrase(kind: PhraseKind, toks: Token[], a: number, b: number): SpeakerPhrase {
  return { kind, words: toks.slice(a, b + 1).map((t) => t.w), s: toks[a].s, e: toks[b].e };
}

/** A noun phrase reads back over "ROLE and" (one person's two roles). */
const ROLE_AND_ROLE = true;

/** The phrase that ends at token k (inclusive), reading back no further than floor. */
export function phraseEndingAt(text: string, toks: Token[], k: number, floor: number): SpeakerPhrase | null {
  if (k < floor) return null;
  const w = toks[k].w;
  const l = lw(w);
  if (SUBJECT_PRONOUNS.has(bare(w))) return phrase('pronoun', toks, k, k);
  if (isCapitalised(w) && !CAPITALISED_STOPWORDS.has(l)) {
    let a = runBack(text, toks, k, floor);
    // "Stated Holt: “…”", "Added Holt:": a past-tense cue opening the sentence is no part of the name
    if (CUE_OPENS_NAME && a < k && PAST_CUE.test(toks[a].w) && isCue(lw(toks[a].w)) && (a === floor || /[.!?:;\n]\s*$/.test(gap(text, toks, a - 1)))) a++;
    return phrase('name', toks, a, k);
  }
  if (CLAUSE_BREAKERS.has(l) || PREPOSITIONS.has(l) || DETERMINERS.has(l) || (isCue(w) && !CUE_NOUNS.has(l))) return null;
  // a noun phrase: read back to its determiner ("the Republican nominee", "a campaign spokesman")
  let a = k;
  while (a - 1 >= floor && k - a < MAX_PHRASE_TOKENS) {
    if (PHRASE_BREAK.test(gap(text, toks, a - 1))) break;
    const p = lw(toks[a - 1].w);
    if (DETERMINERS.has(p)) {
      a--;
      // "a spokesperson for the ministry": the head noun sits before the preposition
      if (a - 2 >= floor && OF_PHRASE.has(lw(toks[a - 1].w)) && SPEAKER_HEADS.has(lw(toks[a - 2].w))) { a -= 2; continue; }
      break;
    }
    // "52 percent of registered voters", "small groups of protesters": a quantity's people speak
    if (p === 'of' && a - 2 >= floor && QUANTITY_HEADS.has(lw(toks[a - 2].w)) && !PHRASE_BREAK.test(gap(text, toks, a - 2))) { a -= 2; continue; }
    // "the Vermont senator and Democratic presidential candidate": two roles of one person
    if (ROLE_AND_ROLE && p === 'and' && a - 2 >= floor && ROLE_NOUNS.has(toks[a - 2].w) && !PHRASE_BREAK.test(gap(text, toks, a - 2))) { a -= 2; continue; }
    if (CLAUSE_BREAKERS.has(p) || PREPOSITIONS.has(p) || isCue(p) || CUE_FILLERS.has(p) || p === 'what') break;
    a--;
  }
  // "issued a statement calling …": a noun phrase after a verb is its object, not a speaker
  if (a > floor && !OBJECT_BREAK.test(gap(text, toks, a - 1))) {
    const p = lw(toks[a - 1].w);
    if (!CLAUSE_BREAKERS.has(p) && !isCue(p) && !PREPOSITIONS.has(p) && p !== 'what') return null;
  }
  return phrase('noun', toks, a, k);
}

/**
 * The subject of the cue at token v: skips auxiliaries ("has also said") and a comma-delimited
 * appositive or relative clause ("Truss, who is expected to ..., said").
 */
export function subjectBefore(text: string, toks: Token[], v: number, floor: number): SpeakerPhrase | null {
  const unnamed = unnamedSubject(text, toks, v, floor);
  if (unnamed) return (APPOSITIVE_OWNER && namedBefore(text, toks, unnamed, floor)) || unnamed;
  let ph = subjectBeforeRaw(text, toks, v, floor);
  if (!ph || ph.kind === 'pronoun') return ph;
  // "Mr. Pratt of the Rivers Trust said": the person before "of" speaks; "Archbishop Jane Holt of
  // the Holy Synod of Vale told": through each "of" of a chain
  for (let hop = 0; hop < (OF_CHAIN ? MAX_OF_HOPS : 1); hop++) {
    const at = toks.findIndex((t) => t.s === ph!.s);
    // "Jane Holt of Columbia, South Carolina says": the second part of a place after "of"
    if (PERSON_OF_PLACE && hop === 0 && ph.kind === 'name' && at - 1 > floor && /^, $/.test(gap(text, toks, at - 1))) {
      const place = phraseEndingAt(text, toks, at - 1, floor);
      const b = place ? toks.findIndex((t) => t.s === place.s) - 1 : -1;
      const owner = place && place.kind === 'name' && b > floor && /^(?:of|from)$/.test(lw(toks[b].w)) && !/,/.test(gap(text, toks, b - 1))
        ? phraseEndingAt(text, toks, b - 1, floor) : null;
      if (owner && owner.kind === 'name' && owner.words.length > 1 && !ORG_HEADS.has(lw(owner.words[owner.words.length - 1]))) { ph = owner; break; }
    }
    let p = at - 1;
    if (p > floor && lw(toks[p].w) === 'the') p--;
    if (!(p > floor && OWNER_PREPOSITION.test(lw(toks[p].w)))) break;
    const owner = phraseEndingAt(text, toks, p - 1, floor);
    if (owner && owner.kind === 'name' && !COMMA.test(gap(text, toks, p - 1))) {
      const orgOf = ORG_HEADS.has(lw(owner.words[owner.words.length - 1])) && p === at - 1;
      if (owner.words.length > 1 && !orgOf) { ph = owner; continue; }
      if (orgOf) {
        // "the Association of Flight Crews said": one organisation name
        ph = { kind: 'name', words: [...owner.words, toks[p].w, ...ph.words], s: owner.s, e: ph.e };
        break;
      }
    }
    // "Jane Holt, the communications director for the Vale Party said": the appositive's person
    // the subject found is itself a person ("Speaker of the House Rep. Jane Holt said")
    const personal = ph.words.some((w) => isKnownFirstName(w) || /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/.test(w));
    const person = APPOSITIVE_OWNER && !personal ? appositiveOwner(text, toks, p, floor) : null;
    if (person) ph = person;
    break;
  }
  // "of Republican claims", "his statement": the cue word is a noun here
  const i = toks.findIndex((t) => t.s === ph.s);
  if (i > floor && ph.e === toks[v - 1]?.e && ph.words.length === 1) {
    const p = lw(toks[i - 1].w);
    const raw = toks[i - 1].w; // a capitalised "The" opens a name ("The Hill reported")
    // …but "the Herald wrote": a capitalised organisation head after "the" names the organisation
    // and "the NRA said": an acronym after "the" is an organisation, unless the cue is a noun ("the GOP response")
    const orgName = p === 'the' && isCapitalised(ph.words[0]) && (ORG_HEADS.has(lw(ph.words[0]))
      || (THE_ACRONYM && ACRONYM.test(ph.words[0]) && !CUE_NOUNS.has(lw(toks[v].w))));
    if ((PREPOSITIONS.has(p) || (DETERMINERS.has(p) && raw === p && !orgName)) && !CLAUSE_BREAK.test(gap(text, toks, i - 1))) return null;
  }
  return ph;
}

/** "the NRA said", "the ACU wrote": an acronym after a lower-case "the" names an organisation. */
const THE_ACRONYM = true;
const ACRONYM = /^[A-Z]{2,6}$/;
/** "Jane Holt of Columbia, South Carolina says": the person, not the place after the comma. */
const PERSON_OF_PLACE = true;
/** A capitalised cue verb opening the sentence before a name ("Stated Holt:") is not read into the name. */
const CUE_OPENS_NAME = true;
const PAST_CUE = /^\p{Lu}\p{Ll}+(?:ed)$|^(?:Said|Wrote|Told)$/u;
/** Follow a chain of "of" phrases back to the person who heads it. */
const OF_CHAIN = true;
const MAX_OF_HOPS = 3;
/** A person named before an appositive role whose complement is the subject found ("Holt, director of the X said"). */
const APPOSITIVE_OWNER = true;
/** Most words of a role between the comma and its preposition ("the deputy communications director"). */
const MAX_ROLE_WORDS = 6;

/**
 * "Jane Holt, a former agent for the service has written", "Jane Holt — a teacher from Vale —
 * says": an unnamed phrase right after a person's name and a comma or dash is its appositive.
 */
function namedBefore(text: string, toks: Token[], ph: SpeakerPhrase, floor: number): SpeakerPhrase | null {
  const at = toks.findIndex((t) => t.s === ph.s);
  if (at - 1 <= floor || !/^\s*(?:,|[\u2014\u2013]|--)\s*$/.test(gap(text, toks, at - 1)) || !/^(?:a|an|the)$/i.test(ph.words[0])) return null;
  const name = phraseEndingAt(text, toks, at - 1, floor);
  if (!name || name.kind !== 'name' || stripPossessive(name.words[name.words.length - 1]) !== name.words[name.words.length - 1]) return null;
  return name.words.length > 1 || isKnownFirstName(name.words[0]) ? name : null;
}

/**
 * "Jane Holt, the communications director for the Vale Party said", "Tom Pratt, president and
 * CEO of the Grove Association stated": the name before a comma, when only a role (lower-case
 * words, title words, "and") lies between the comma and the preposition at token p.
 */
function appositiveOwner(text: string, toks: Token[], p: number, floor: number): SpeakerPhrase | null {
  let j = p - 1;
  let role = false;
  while (j > floor && p - j <= MAX_ROLE_WORDS && !/[,;:()\u2014]/.test(gap(text, toks, j))) {
    const w = toks[j].w;
    const l = lw(w);
    if (describesPerson(l)) role = true;
    else if (l !== 'and' && !(/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !isCue(w) && !CLAUSE_BREAKERS.has(l) && !PREPOSITIONS.has(l))) return null;
    if (!/,/.test(gap(text, toks, j - 1))) { j--; continue; }
    if (!role) return null;
    const name = phraseEndingAt(text, toks, j - 1, floor);
    if (!name || name.kind !== 'name' || stripPossessive(name.words[name.words.length - 1]) !== name.words[name.words.length - 1]) return null;
    // "the Star of David, Speaker …": a preposition's object is no appositive's head
    const b = toks.findIndex((t) => t.s === name.s) - 1;
    if (b >= floor && PREPOSITIONS.has(lw(toks[b].w))) return null;
    return name.words.length > 1 || isKnownFirstName(name.words[0]) ? name : null;
  }
  return null;
}

/** "goes on to", "went on to", "continued to" between a subject and its cue ("The email goes on to say:"). */
const GO_ON_TO = true;
const GO_VERBS = /^(?:go|goes|went|going|gone)$/;
const CONTINUE_VERBS = /^(?:continue|continues|continued|continuing)$/;

/** The token before "goes on to" / "continued to" ending at k (the cue's "to"), or k itself. */
export function beforeGoOnTo(toks: Token[], k: number, floor: number): number {
  if (!GO_ON_TO || k < floor || toks[k].w !== 'to') return k;
  if (k - 2 >= floor && toks[k - 1].w === 'on' && GO_VERBS.test(toks[k - 2].w)) return k - 3;
  if (k - 1 >= floor && CONTINUE_VERBS.test(toks[k - 1].w)) return k - 2;
  return k;
}

function subjectBeforeRaw(text: string, toks: Token[], v: number, floor: number, relative = true): SpeakerPhrase | null {
  const go = beforeGoOnTo(toks, v - 1, floor);
  if (go < v - 1) {
    // only a document or unnamed source: a person who "went on to say" keeps the cue-less
    // subject route (and its lower confidence), which measured as well with fewer false alarms
    const ph = subjectBeforeRaw(text, toks, go + 1, floor, relative);
    return ph && ph.kind === 'noun' ? ph : null;
  }
  let k = v - 1;
  while (k >= floor && (CUE_FILLERS.has(lw(toks[k].w)) || isMannerAdverb(toks[k].w) || IN_ON_AT.test(lw(toks[k].w)) && NUMBER.test(toks[k + 1]?.w ?? '')
    || NUMBER.test(toks[k].w)) && !COMMA_OR_SEMICOLON.test(gap(text, toks, k))) k--;
  if (k < floor) return null;
  // "Holt, now the majority leader, who in 2010 said …": the relative pronoun's antecedent speaks
  if (relative && lw(toks[k].w) === 'who' && k > floor && COMMA.test(gap(text, toks, k - 1))) {
    const ante = subjectBeforeRaw(text, toks, k, floor, false);
    return ante && ante.kind === 'name' ? ante : null;
  }
  if (gap(text, toks, k).includes(')')) {
    // "Rep. Jane Holt (D-Ore.) said": step over the parenthesis
    let j = k;
    while (j > floor && !gap(text, toks, j - 1).includes('(') && k - j < MAX_PHRASE_TOKENS) j--;
    if (j > floor && gap(text, toks, j - 1).includes('(')) k = j - 1;
  }
  if (COMMA.test(gap(text, toks, k))) {
    // "Smith, a spokesman for X, said" / "Pratt, president of the Union of Teachers, which
    // represents ..., said": try each earlier comma until a name that is not a prepositional object
    let inner: SpeakerPhrase | null = null;
    for (let j = k; j > floor && k - j < MAX_APPOSITIVE_TOKENS; j--) {
      if (!COMMA.test(gap(text, toks, j - 1))) continue;
      inner ??= phraseEndingAt(text, toks, k, j);
      let h = j - 1;
      if (gap(text, toks, h).includes(')')) {
        let q = h;
        while (q > floor && !gap(text, toks, q - 1).includes('(') && h - q < MAX_PHRASE_TOKENS) q--;
        if (q > floor && gap(text, toks, q - 1).includes('(')) h = q - 1;
      }
      const head = phraseEndingAt(text, toks, h, floor);
      if (!head) continue;
      const before = toks.findIndex((t) => t.s === head.s) - 1;
      // "with X", "of the X": an object; "the head of the Fishermen's Federation, Rory Buchanan, said"
      const isObject = before >= floor && (PREPOSITIONS.has(lw(toks[before].w))
        || (before > floor && lw(toks[before].w) === 'the' && PREPOSITIONS.has(lw(toks[before - 1].w))));
      if (head.kind !== 'noun' && (!isObject || !relative)) return head; // an antecedent may be an object
      // "Jane Holt of Columbia, South Carolina says": a place after "of"/"from" describes the person before it
      if (PERSON_OF_PLACE && isObject && before > floor && head.kind === 'name' && /^(?:of|from)$/.test(lw(toks[before].w)) && !/,/.test(gap(text, toks, before - 1))) {
        const owner = phraseEndingAt(text, toks, before - 1, floor);
        if (owner && owner.kind === 'name' && owner.words.length > 1 && !ORG_HEADS.has(lw(owner.words[owner.words.length - 1]))) return owner;
      }
    }
    return inner;
  }
  return phraseEndingAt(text, toks, k, floor);
}

/** Words joining a title to its complement ("Secretary of State"). */
const TITLE_OF = new Set(['of', 'for']);
const isDescriptor = (w: string): boolean => {
  const l = lw(w);
  // "co-host", "ex-governor": a hyphenated prefix before a title or role word
  const head = HYPHENATED_PREFIX.exec(l)?.[1] ?? l;
  return STARTS_LOWER.test(w) && (TITLE_WORDS.has(l) || ROLE_NOUNS.has(l) || DESCRIPTORS.has(l) || (head !== l && (TITLE_WORDS.has(head) || ROLE_NOUNS.has(head))));
};
const joinsName = (g: string): boolean => NAME_GAP.test(g);

/**
 * A name reading forward from token k, through lowercase descriptions that lead to it:
 * "Green Party candidate Jane Holt", "late-night radio host Tom Pratt".
 */
function nameForward(text: string, toks: Token[], k: number, ceil: number): SpeakerPhrase | null {
  let b = k;
  let lastCap = -1;
  while (b < ceil && b - k < MAX_PHRASE_TOKENS + 3) {
    const w = toks[b].w;
    if (isCapitalised(w) && (!CAPITALISED_STOPWORDS.has(lw(w)) || w.length === 1)) lastCap = b;
    // "Secretary of State Jane Holt", "Minister for Europe Tom Pratt": a title's complement
    else if (TITLE_OF.has(w) && b > k && TITLE_WORDS.has(lw(toks[b - 1].w)) && b + 1 < ceil && isCapitalised(toks[b + 1].w)) { /* read on */ }
    // "the Illinois Board of Elections", "the American Federation of Teachers": one organisation
    else if (w === 'of' && b > k && ORG_HEADS.has(lw(toks[b - 1].w)) && isCapitalised(toks[b - 1].w) && b + 1 < ceil && isCapitalised(toks[b + 1].w)
      && !CAPITALISED_STOPWORDS.has(lw(toks[b + 1].w))) { /* read on */ }
    else if (!isDescriptor(w)) {
      // "Republican political consultant Chris Russell": the capitalised words describe the person named last
      const named = lastCap >= 0 ? describedName(text, toks, b, ceil) : -1;
      if (named >= 0) return phrase('name', toks, named, nameRunEnd(text, toks, named, ceil));
      break;
    }
    if (b + 1 >= ceil || !joinsName(gap(text, toks, b))) break;
    b++;
  }
  if (lastCap < 0) return null;
  return phrase('name', toks, k, lastCap);
}

const ROLE_LIKE = /(?:er|or|ist|ant|ent|man|woman|ee)$/;
/** Person nouns the role lists and ROLE_LIKE miss ("party boss Jane Holt", "Holt ally Tom Pratt", "his nephew Tom Holt"). */
const DESCRIBING_NOUNS = new Set(['boss', 'ally', 'friend', 'pal', 'confidant', 'confidante', 'loyalist', 'surrogate', 'operative', 'deputy',
  'protege', 'whip', 'envoy', 'staffer', 'expert', 'nephew', 'niece', 'cousin', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'mother', 'father', 'uncle', 'aunt', 'colleague', 'head']);
/** A word that can end the description of the person named next. */
const describesPerson = (w: string): boolean => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || ROLE_LIKE.test(w) || DESCRIBING_NOUNS.has(w);
/** Adjectives before a party noun that describes a name ("ranking Democrat Jane Holt"), not verbs ("pressed Republican …"). */
const PARTY_ADJECTIVES = new Set(['ranking', 'fellow', 'senior', 'junior', 'freshman', 'moderate', 'conservative', 'liberal', 'progressive',
  'longtime', 'veteran', 'lone', 'top', 'leading', 'former', 'retiring', 'prominent']);
/** "1st Lt.", "2nd Sgt.": an ordinal before a rank. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** Most lower-case words read between a capitalised modifier and the name it describes. */
const DESCRIPTION_WORDS = 3;

/** The last token of the capitalised run that starts at token k (joined by blanks or an initial's period). */
function nameRunEnd(text: string, toks: Token[], k: number, ceil: number): number {
  let b = k;
  while (b + 1 < ceil && joinsName(gap(text, toks, b)) && isCapitalised(toks[b + 1].w) && !CAPITALISED_STOPWORDS.has(lw(toks[b + 1].w))) b++;
  return b;
}

/**
 * From lower-case token b: up to three description words ("political consultant", "bureau
 * chief") and then a person's name that ends the clause; the name's first token, or -1.
 */
function describedName(text: string, toks: Token[], b: number, ceil: number): number {
  for (let j = b; j < ceil && j - b < DESCRIPTION_WORDS; j++) {
    const w = toks[j].w;
    const ordinal = ORDINAL.test(w);
    if (!(ordinal || LOWER_WORD.test(w)) || CLAUSE_BREAKERS.has(w) || PREPOSITIONS.has(w) || DETERMINERS.has(w) || CUE_FILLERS.has(w) || isCue(w)) return -1;
    if (!joinsName(gap(text, toks, j)) || j + 1 >= ceil) return -1;
    const n = toks[j + 1].w;
    if (!isCapitalised(n) || CAPITALISED_STOPWORDS.has(lw(n))) continue;
    let at = j + 1;
    // "ranking Democrat Jane Holt": a party noun is the role of the name after it
    if (AFFILIATION_NOUNS.has(lw(n)) && (PARTY_ADJECTIVES.has(w) || describesPerson(w)) && j + 2 < ceil && joinsName(gap(text, toks, j + 1)) && isCapitalised(toks[j + 2].w)) at = j + 2;
    // the word before the name is its role noun ("consultant", "bureau chief"), not a verb ("admires")
    else if (ordinal ? !TITLE_WORDS.has(lw(n)) : !describesPerson(w)) return -1;
    // a person's name, not a possessor ("… strategist Jane Holt's aide"): a given name, or two names or more
    const end = nameRunEnd(text, toks, at, ceil);
    if (stripPossessive(toks[end].w) !== toks[end].w) return -1;
    let known = false;
    for (let q = at; q <= end; q++) if (isKnownFirstName(toks[q].w)) known = true;
    return known || end > at ? at : -1;
  }
  return -1;
}

/** The phrase starting at token k, reading forward no further than ceil ("said Sen. John Smith"). */
export function phraseAfter(text: string, toks: Token[], k: number, ceil: number): SpeakerPhrase | null {
  if (k >= ceil) return null;
  const w = toks[k].w;
  const l = lw(w);
  // "His office put out …", "said her husband": a possessive determiner's noun, not the pronoun
  if (POSSESSED_PHRASES && POSSESSIVE_DETERMINER.test(w) && k + 1 < ceil && joinsName(gap(text, toks, k))) {
    // ("added his campaign manager Ana Holt": the name after the role speaks, read below)
    const h = possessedHead(text, toks, k + 1, ceil, false);
    if (h >= 0) return phrase('noun', toks, k, h);
  }
  if (SUBJECT_PRONOUNS.has(bare(w)) || OBJECT_TO_SUBJECT[l]) return phrase('pronoun', toks, k, k);
  if (l === 'the' && k + 1 < ceil && isCapitalised(toks[k + 1].w)) {
    // "the Republican nominee" is a description; "the Kremlin" a name
    const run = nameForward(text, toks, k + 1, ceil);
    if (!run) return null;
    let r = k + run.words.length;
    while (r + 1 < ceil && r - k < MAX_PHRASE_TOKENS && joinsName(gap(text, toks, r)) && isDescriptor(toks[r + 1].w)) r++;
    return r > k + run.words.length ? phrase('noun', toks, k, r) : run;
  }
  // "Small groups of marchers …", "Most of the residents …": a quantity opening the sentence, not a name
  const quantity = k + 2 < ceil && (QUANTITY_HEADS.has(l) ? toks[k + 1].w === 'of' : QUANTITY_HEADS.has(toks[k + 1].w) && toks[k + 2].w === 'of');
  if (isCapitalised(w) && !CAPITALISED_STOPWORDS.has(bare(w)) && !quantity) {
    const run = nameForward(text, toks, k, ceil);
    // "Scott's family has called …": a possessive name before a noun is that noun's owner
    const r = run ? k + run.words.length - 1 : -1;
    if (run && r + 1 < ceil && stripPossessive(toks[r].w) !== toks[r].w && joinsName(gap(text, toks, r))) {
      const h = POSSESSED_PHRASES ? possessedHead(text, toks, r + 1, ceil) : NOMINAL_SPEAKERS.has(lw(toks[r + 1].w)) ? r + 1 : -1;
      if (h >= 0) return phrase('noun', toks, k, h);
    }
    return run;
  }
  if (isDescriptor(w)) return nameForward(text, toks, k, ceil);
  // "76-year-old Jane Holt, founder of …": an age before a name describes it
  if (AGE_BEFORE_NAME && AGE.test(w) && k + 1 < ceil && joinsName(gap(text, toks, k)) && isCapitalised(toks[k + 1].w)) {
    const run = nameForward(text, toks, k + 1, ceil);
    if (run && run.kind === 'name') return run;
  }
  if (!DETERMINERS.has(l) && !quantity) return null;
  const unnamed = unnamedForward(text, toks, k, ceil);
  if (unnamed) return unnamed;
  let b = k;
  while (b + 1 < ceil && b - k < MAX_PHRASE_TOKENS && !PHRASE_END.test(gap(text, toks, b))) {
    const n = lw(toks[b + 1].w);
    if (CLAUSE_BREAKERS.has(n) || PREPOSITIONS.has(n) || isCue(n) || CUE_FILLERS.has(n)) break;
    // "his campaign manager Jane Holt": the role leads to the person named next
    if (ROLE_THEN_NAME && b > k && describedName(text, toks, b, ceil) === b + 1) return phrase('name', toks, b + 1, nameRunEnd(text, toks, b + 1, ceil));
    b++;
  }
  // "the bureau's director, Jane Holt.": a role set off by a comma before the name it describes
  if (ROLE_THEN_NAME && b > k && b + 1 < ceil && /^, $/.test(gap(text, toks, b)) && describesPerson(lw(toks[b].w))) {
    const end = isCapitalised(toks[b + 1].w) ? nameRunEnd(text, toks, b + 1, ceil) : -1;
    const known = end > b + 1 || (end === b + 1 && isKnownFirstName(toks[end].w));
    if (known && CLAUSE_END.test(text.slice(toks[end].e, toks[end].e + 3))) return phrase('name', toks, b + 1, end);
  }
  // "one source on the panel", "a spokesman for the ministry": keep a short trailing phrase
  if (b > k && b + 2 < ceil && OF_PHRASE.has(lw(toks[b + 1].w)) && SPEAKER_HEADS.has(lw(toks[b].w)) && !PHRASE_END.test(gap(text, toks, b))) {
    let c = b + 1;
    // "groups of marchers circled …": a lower-case plural ends the phrase before its verb
    while (c + 1 < ceil && c - b < 4 && !PHRASE_END.test(gap(text, toks, c)) && !isCue(toks[c + 1].w) && !CLAUSE_BREAKERS.has(lw(toks[c + 1].w))
      && !(c > b + 1 && LOWER_PLURAL.test(toks[c].w))) c++;
    if (c > b + 1) b = c;
  }
  return b > k ? phrase('noun', toks, k, b) : null;
}

const AGE = /^\d+-year-old$/;
const AGE_BEFORE_NAME = true;
/** A determiner's role noun before a name ("added his campaign manager Jane Holt") gives the name. */
const ROLE_THEN_NAME = true;
/** The clause ends after an appositive name. */
const CLAUSE_END = /^(?:\s*[.,;!?\u2014(]|$)/;

/** "Holt's office", "Holt's first five questioners": a possessed noun is the phrase, not the possessor. */
const POSSESSED_PHRASES = true;
/** Lower-case words read after a possessive for its head ("Holt's public defense counsel"). */
const POSSESSED_MAX_WORDS = 4;

/**
 * The head of the lower-case noun phrase a possessive name opens at token k ("right-hand woman",
 * "first five questioners"), or -1: modifiers that read as a verb or a plural end the search
 * ("Holt's decision angered voters" has no possessed speaker).
 */
function possessedHead(text: string, toks: Token[], k: number, ceil: number, beforeName = true): number {
  let h = -1;
  for (let j = k; j < ceil && j - k < POSSESSED_MAX_WORDS; j++) {
    const w = toks[j].w;
    const l = lw(w);
    if (!LOWER_WORD.test(w) || CLAUSE_BREAKERS.has(l) || PREPOSITIONS.has(l) || DETERMINERS.has(l) || CUE_FILLERS.has(l) || (isCue(w) && !NOMINAL_SPEAKERS.has(l))) break;
    if (isPossessedHead(w)) h = j;
    else if (h >= 0 || /(?:ed|s)$/.test(l)) break;
    if (!joinsName(gap(text, toks, j))) break;
  }
  // "Holt's spokesman Tom Pratt": the name that follows speaks
  if (h >= 0 && h + 1 < ceil && joinsName(gap(text, toks, h)) && isCapitalised(toks[h + 1].w) && !CAPITALISED_STOPWORDS.has(lw(toks[h + 1].w))) {
    return beforeName && NOMINAL_SPEAKERS.has(lw(toks[k].w)) ? k : -1;
  }
  return h;
}

/** A noun phrase a possessive name opens ("Holt's office"), as phraseAfter reads one. */
const possessed = (ph: SpeakerPhrase): boolean => POSSESSED_PHRASES
  && (POSSESSIVE_DETERMINER.test(ph.words[0]) || (isCapitalised(ph.words[0]) && ph.words.some((w) => isCapitalised(w) && stripPossessive(w) !== w)));

/** Most introductory commas skipped looking for a sentence's subject ("On May 2, 2019, Holt"). */
const MAX_INTRO_COMMAS = 3;

/**
 * The subject that opens a sentence, after introductory phrases ("In July, Holt dismissed
 * ..."): used when a quote has no reporting cue, or hangs on a participle (", saying …").
 */
export function sentenceSubject(text: string, toks: Token[], ceil: number): SpeakerPhrase | null {
  const limit = Math.min(ceil, MAX_APPOSITIVE_TOKENS);
  let k = 0;
  for (let commas = 0; k < limit && commas <= MAX_INTRO_COMMAS; commas++) {
    const ph = phraseAfter(text, toks, k, ceil);
    // "Conversely, the Tribune rated …": a lone capitalised word before a comma is an adverb
    const lone = ph && ph.kind === 'name' && ph.words.length === 1 && LY_ENDING.test(ph.words[0]) && STARTS_WITH_COMMA.test(gap(text, toks, k))
      && !isKnownFirstName(ph.words[0]);
    if (ph && !lone && (ph.kind !== 'noun' || THE_OR_THIS.test(ph.words[0]) || isQuantityPhrase(ph.words) || possessed(ph))) return ph;
    while (k < limit - 1 && !COMMA.test(gap(text, toks, k))) k++;
    k++;
  }
  return null;
}
