/**
 * The people and organisations a text names, found once per text: capitalised runs split into
 * title words ("Secretary-General") and the name ("Jens Stoltenberg"), with the roles each
 * person is given, so that "Stoltenberg", "the secretary-general" or "he" can be resolved to the
 * fullest name the text gives.
 */
import { isCapitalised, lowerCaseWords, stripPossessive, type Token } from '../text/tokens';
import { isKnownFirstName, type Gender } from './first-names';
import { isCue } from './cues';
import { buildSpellingIndex, resolveNameWords } from './lookup';
import { CAPITALISED_STOPWORDS, CLAUSE_BREAKERS, PREPOSITIONS, ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import {
  coreTokens, FEMALE_TITLES, HONORIFICS, isPlace, isTitle, keyOf, low, MALE_TITLES, runGender, runGenderIsGuess, splitRun,
} from './names';

export { keyOf, runGender, splitRun } from './names';
export { pickEntity, resolveNameWords } from './lookup';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const THE_WORD = /^the$/i;
const ALL_CAPS_WORD = /^\p{Lu}{3,}$/u;
const ENDS_IN_S = /[sS]$/;
const ENDS_IN_PERIOD = /\.$/;
const ONE_BLANK = /^[ \u00a0]$/;
const WORD_OF_3 = /^\p{L}{3,}$/u;
const SENTENCE_BREAK = /[.!?\n]/;
const CLAUSE_END_BEFORE = /[,:;\u201d"\u2019'.!?\n]\s*$/;
const ARTICLE = /^(?:a|an|the)$/;
const ENDS_IN_COMMA = /,\s*$/;
const STARTS_LOWER = /^\p{Ll}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const LY_ENDING = /ly$/;
const DIGIT = /\d/;
const DIGIT_NEXT = /^\s*\d/;
const OF_OR_FOR = /^(?:of|for)$/;
const ARTICLE_I = /^(?:the|a|an)$/i;
const COMMA_BLANK = /^,? $/;
const POSSESSOR = /^(?:his|her|their|our|my)$|['\u2019]s$/i;
const ING_ENDING = /ing$/;
const COMMA_OR_CLOSE_BEFORE = /[,\u201d"]\s*$/;
const SENTENCE_START_BEFORE = /[.!?\n]\s*$|^$/;
const FOR_WORD = /^for$/i;
const AS_WORD = /^as$/i;
const STARTS_WITH_COMMA = /^,/;
const SENTENCE_END_BEFORE = /[.!?\n]\s*$/;

export interface Entity {
  name: string;
  tokens: string[];
  kind: 'person' | 'org';
  gender: Gender;
  count: number;
  first: number;
  /** Known to be a person (given name, honorific or role seen), or already quoted as a speaker. */
  strong: boolean;
  /** The gender is a guess from the given name ("Marty", "Yukiya"): the text's pronouns overrule it. */
  guessed?: boolean;
  /** How many subject mentions were read for a gender ("… while he was in office"). */
  learned?: number;
  /** Where the text names this person with more than a surname. */
  fullAt: number[];
  /** How many quotations were credited to this entity so far. */
  spoke?: number;
}

export interface Mention {
  s: number;
  e: number;
  entity: Entity;
  /** Preceded by a preposition ("with Lavrov") or possessive ("Holt's plan"): rarely a speaker. */
  object: boolean;
  /** Opens its sentence or is followed by a verb ("Holt explained"): the likely topic. */
  subject: boolean;
  /** Right before or after a reporting verb ("Holt said", "noted Holt"): a speaker being introduced. */
  speaking?: boolean;
}

export interface EntityIndex {
  mentions: Mention[];
  byLast: Map<string, Entity[]>;
  byFirst: Map<string, Entity[]>;
  orgs: Map<string, Entity>;
  roles: Map<string, { entity: Entity; pos: number }[]>;
  /** Surnames by their one-letter deletions, for misspelt mentions (built after the first pass). */
  spelling?: Map<string, string[]>;
  /** A first-person narrator's relatives ("my father"), by the phrase in lower case. */
  kin?: Map<string, Entity>;
}

/** Relatives a first-person narrator names instead of a name ("my father … he said"), with a gender. */
const KIN: Record<string, Gender> = {
  father: 'm', mother: 'f', dad: 'm', mom: 'f', mum: 'f', brother: 'm', sister: 'f', son: 'm', daughter: 'f',
  husband: 'm', wife: 'f', grandfather: 'm', grandmother: 'f', uncle: 'm', aunt: 'f', grandpa: 'm', grandma: 'f',
};

/** The organisation a person's campaign is named as: "Holt's campaign", "the Holt campaign" -> "Holt campaign". */
export function campaignKey(owner: string): string {
  return `${keyOf(owner)} campaign`;
}

/**
 * "Holt's campaign is defending …", "the Holt campaign said": the campaign of a named person
 * speaks as an organisation ("Holt campaign"), and is what a later "it" refers to.
 */
function indexCampaigns(idx: EntityIndex, text: string, toks: Token[]): void {
  for (let k = 1; k < toks.length; k++) {
    const head = toks[k].w;
    if (head !== 'campaign' && head !== "campaign's" && head !== 'campaign\u2019s') continue;
    const o = toks[k - 1];
    if (!isCapitalised(o.w) || text.slice(o.e, toks[k].s) !== ' ') continue;
    const surname = stripPossessive(o.w);
    const person = resolveNameWords(idx, [surname], o.s);
    if (!person || person.kind !== 'person') continue;
    let a = k - 1;
    while (a > 0 && isCapitalised(toks[a - 1].w) && text.slice(toks[a - 1].e, toks[a].s) === ' ' && !CAPITALISED_STOPWORDS.has(low(toks[a - 1].w))) a--;
    const the = a > 0 && THE_WORD.test(toks[a - 1].w) && text.slice(toks[a - 1].e, toks[a].s) === ' ';
    const key = campaignKey(surname);
    let e = idx.orgs.get(key);
    if (!e) {
      e = { name: `${surname.replace(ALL_CAPS_WORD, (w) => w[0] + w.slice(1).toLowerCase())} campaign`, tokens: [surname, 'campaign'], kind: 'org', gender: null, count: 0, first: o.s, strong: true, fullAt: [] };
      idx.orgs.set(key, e);
    }
    e.count++;
    const from = the ? a - 1 : a;
    const prev = from > 0 ? low(toks[from - 1].w) : '';
    idx.mentions.push({ s: toks[from].s, e: toks[k].e, entity: e, object: PREPOSITIONS.has(prev) || head !== 'campaign', subject: head === 'campaign' && isSubject(text, toks, from, k) });
  }
}

/** "my father", "our mother": a person the narrator names by relation; one entity per phrase. */
function indexKin(idx: EntityIndex, text: string, toks: Token[]): void {
  for (let k = 0; k + 1 < toks.length; k++) {
    // "my", "Our.": no longer than four characters, so most tokens are not lowercased
    if (toks[k].w.length > 4) continue;
    const owner = low(toks[k].w);
    if (owner !== 'my' && owner !== 'our') continue;
    const rel = low(toks[k + 1].w);
    if (!Object.prototype.hasOwnProperty.call(KIN, rel) || text.slice(toks[k].e, toks[k + 1].s) !== ' ') continue;
    const key = `${owner} ${rel}`;
    idx.kin ??= new Map();
    let e = idx.kin.get(key);
    if (!e) {
      e = { name: key, tokens: [owner, rel], kind: 'person', gender: KIN[rel], count: 0, first: toks[k].s, strong: true, fullAt: [] };
      idx.kin.set(key, e);
    }
    e.count++;
    const prev = k > 0 ? low(toks[k - 1].w) : '';
    idx.mentions.push({ s: toks[k].s, e: toks[k + 1].e, entity: e, object: PREPOSITIONS.has(prev), subject: isSubject(text, toks, k, k + 1) });
  }
}

/** Lowercase words that join an organisation's name ("Department of Energy"). */
const ORG_CONNECTORS = new Set(['of', 'on', 'for', 'to']);
/** "the Council on Friday": a day or month after a connector is a date, not part of the name. */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** Words before a month that make it a date ("last June", "early May"). */
const DATE_LEAD = /^(?:last|next|this|early|late|mid|since|until|through|throughout|every|each|that)$/i;
/** Most capitalised words read after such a connector. */
const ORG_TAIL_TOKENS = 4;
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'del', 'da', 'di', 'du']);
/** Abbreviated titles filed under the role noun a text later uses ("Gov." -> "the governor"). */
const ROLE_ALIASES: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', sec: 'secretary',
  amb: 'ambassador', pres: 'president',
};
/** How many tokens before a name are read for role words ("U.S. Ambassador to Moscow"). */
const ROLE_LOOKBACK_TOKENS = 6;

/** "Anglers' Federation": a plural possessive with a bare apostrophe joins the next capitalised word. */
function pluralPossessiveGap(w: string, gap: string): boolean {
  return (gap === "' " || gap === '\u2019 ') && ENDS_IN_S.test(w) && w.length > 2;
}

/** Capitalised runs: consecutive capitalised tokens joined by one blank (or an initial's period). */
function forEachRun(text: string, toks: Token[], fn: (a: number, b: number) => void): void {
  let a = 0;
  while (a < toks.length) {
    if (!isCapitalised(toks[a].w)) { a++; continue; }
    let b = a;
    while (b + 1 < toks.length) {
      const gap = text.slice(toks[b].e, toks[b + 1].s);
      const next = toks[b + 1].w;
      const joinable = gap === ' ' || gap === '\u00a0' || (gap === '. ' && (toks[b].w.length === 1 || isTitle(toks[b].w + '.') || toks[b].w.includes('.')))
        || pluralPossessiveGap(toks[b].w, gap);
      if (!joinable) break;
      const initial = next.length === 1 && text[toks[b + 1].e] === '.';
      if (isCapitalised(next) && (initial || !CAPITALISED_STOPWORDS.has(low(next)))) { b++; continue; }
      if (NAME_PARTICLES.has(next) && b + 2 < toks.length && isCapitalised(toks[b + 2].w) && text.slice(toks[b + 1].e, toks[b + 2].s) === ' ') { b += 2; continue; }
      break;
    }
    fn(a, b);
    a = b + 1;
  }
}

function addEntity(idx: EntityIndex, name: string[], kind: Entity['kind'], gender: Gender, pos: number, strong = false): Entity {
  const core = coreTokens(name);
  const last = keyOf(core[core.length - 1]);
  if (kind === 'org') {
    const key = name.map(keyOf).join(' ');
    let e = idx.orgs.get(key);
    if (!e) { e = { name: name.join(' '), tokens: name, kind, gender: null, count: 0, first: pos, strong: true, fullAt: [] }; idx.orgs.set(key, e); }
    e.count++;
    return e;
  }
  // transcript labels are written in capitals: "HOLT" -> "Holt"
  name = name.map((w) => (ALL_CAPS_WORD.test(w) ? w[0] + w.slice(1).toLowerCase() : w));
  const first = keyOf(core[0]);
  const list = idx.byLast.get(last) ?? [];
  let e = list.find((x) => keyOf(x.tokens[0]) === first);
  if (!e) {
    e = { name: name.join(' '), tokens: name, kind, gender, count: 0, first: pos, strong, fullAt: [] };
    list.push(e);
    idx.byLast.set(last, list);
    const fl = idx.byFirst.get(first) ?? [];
    fl.push(e);
    idx.byFirst.set(first, fl);
  }
  if (name.length > e.tokens.length) { e.tokens = name; e.name = name.join(' '); }
  if (!e.gender) e.gender = gender;
  e.strong ||= strong || gender !== null || isKnownFirstName(core[0]);
  e.count++;
  if (name.length > 1) e.fullAt.push(pos);
  return e;
}

/** Role keys of title words as the role index files them ("Gov." -> "governor"). */
export function roleKeys(titles: string[]): string[] {
  if (titles.length === 0) return [];
  return titles.map((t) => { const l = low(t).replace(ENDS_IN_PERIOD, ''); return ROLE_ALIASES[l] ?? l; }).filter((r) => ROLE_NOUNS.has(r) || TITLE_WORDS.has(r));
}

function addRoles(idx: EntityIndex, text: string, toks: Token[], a: number, titles: string[], e: Entity): void {
  const roles = titles.map(low);
  // role words right before the name: "Holt spokeswoman Ana Ruiz", "press secretary Tom Pratt"
  for (let k = a - 1; k >= 0 && a - k <= ROLE_LOOKBACK_TOKENS; k--) {
    if (!ONE_BLANK.test(text.slice(toks[k].e, toks[k + 1].s))) break;
    const w = low(toks[k].w);
    if (PREPOSITIONS.has(w) || CAPITALISED_STOPWORDS.has(w)) break;
    roles.push(w);
  }
  const runWords = new Set(roles.slice(0, titles.length));
  for (const raw of roles) {
    const r = ROLE_ALIASES[raw] ?? raw;
    if (!ROLE_NOUNS.has(r) && !TITLE_WORDS.has(r)) {
      // "Indiana Gov. Jane Holt": a qualifier in the title, so "the Indiana governor" finds her
      if (runWords.has(raw) && WORD_OF_3.test(raw)) {
        const q = idx.roles.get(r) ?? [];
        q.push({ entity: e, pos: toks[a].s });
        idx.roles.set(r, q);
      }
      continue;
    }
    const list = idx.roles.get(r) ?? [];
    list.push({ entity: e, pos: toks[a].s });
    idx.roles.set(r, list);
    if (!e.gender) e.gender = FEMALE_TITLES.has(r) ? 'f' : MALE_TITLES.has(r) ? 'm' : null;
    if (ROLE_NOUNS.has(r) || HONORIFICS.has(r)) e.strong = true;
  }
}

/** "his wife, Jane Holt": a bare "Holt" later is still the person she is the wife of. */
const KIN_KEEPS_SURNAME = true;

/** A relation written before a name ("her husband, Milton Holt") gives that person's gender. */
const KIN_GIVES_GENDER = true;

/** "As for Holt, …" opening a sentence makes Holt its topic (a subject, not an object). */
const TOPIC_FRONTING = true;

/** How far after a name the people named next are read, for learnGender. */
const GENDER_CUT_WINDOW = 200;
/** How far after a subject mention a lone he/his or she/her is read as its gender. */
const PRONOUN_GENDER_WINDOW = 160;

/**
 * "Calderon also noted that … while he was in office": the gender a pronoun in the same sentence
 * gives. A pronoun after another person who could be it ("Clinton criticized Trump, saying he …")
 * says nothing; one that cannot be them does ("Ana Ruiz, a supporter of Donald Trump, finds herself").
 */
function learnGender(text: string, from: number, others: { s: number; g: Gender }[]): Gender {
  let w = text.slice(from, from + PRONOUN_GENDER_WINDOW);
  const end = w.search(/[.!?]["\u201d\u2019]?\s|\n/); // the same sentence only
  if (end >= 0) w = w.slice(0, end);
  let m = false;
  let f = false;
  const re = /\b(?:(he|his|him|himself)|she|her|hers|herself)\b/gi;
  for (let x = re.exec(w); x; x = re.exec(w)) {
    const g = x[1] ? 'm' : 'f';
    if (others.some((o) => o.s < from + x!.index && (o.g === null || o.g === g))) continue;
    if (g === 'm') m = true; else f = true;
  }
  return m === f ? null : m ? 'm' : 'f';
}

/** A gender guessed from a given name yields to the one the text's pronouns give. */
const GUESSED_GENDER_YIELDS = true;

/** Subject mentions of a person read for a pronoun that gives the gender, at most. */
const GENDER_LEARN_TRIES = 4;

/** Longest line read as a possible Title Case headline. */
const HEADLINE_MAX_CHARS = 160;

/** The line starting at from (holding pos) is short and its words nearly all capitalised: a headline. */
export function isTitleCaseLine(text: string, from: number, pos: number): boolean {
  const to = text.indexOf('\n', pos);
  const line = text.slice(from, Math.min(to < 0 ? text.length : to, from + HEADLINE_MAX_CHARS + 1));
  const ws = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return line.length <= HEADLINE_MAX_CHARS && ws.length >= 4 && ws.filter((w) => /^\p{Lu}/u.test(w)).length >= ws.length * 0.8;
}

/** Most description words read back from a name to its sentence start ("Conservative economist"). */
const DESCRIPTION_TOKENS = 4;

const NOT_VERBS = new Set([...PREPOSITIONS, ...CLAUSE_BREAKERS, 'the', 'a', 'an', 'his', 'her', 'their', 'its', 's']);

/** Verbs whose complement clause may open with a bare name ("believes Holt is right"), and "that". */
const COMPLEMENT_VERBS = /^(?:believes?|believed|thinks?|thought|knows?|knew|feels?|felt|hopes?|hoped|suspects?|suspected|doubts?|doubted|fears?|feared|that|whether)$/;

/** A run at a sentence start, right after a cue ("said Smith"), or right before a verb-like word. */
function isSubject(text: string, toks: Token[], a: number, b: number): boolean {
  if (stripPossessive(toks[b].w) !== toks[b].w) return false; // a possessive: "Holt's courage"
  if (a === 0 || SENTENCE_BREAK.test(text.slice(toks[a - 1].e, toks[a].s))) return true;
  // "he does believe Holt is right": the subject of a complement clause is not the topic
  if (COMPLEMENT_VERBS.test(toks[a - 1].w) && text.slice(toks[a - 1].e, toks[a].s) === ' ') return false;
  // "…,” said Smith" is inverted: Smith speaks; in "Holt said Clinton …" Clinton is only reported on
  if (isCue(toks[a - 1].w)) return a < 2 || CLAUSE_END_BEFORE.test(text.slice(toks[a - 2].e, toks[a - 1].s));
  // "Conservative economist Ana Ruiz, who …": only a description stands between the sentence start and the name
  let k = a - 1;
  while (k >= 0 && a - k <= DESCRIPTION_TOKENS && ONE_BLANK.test(text.slice(toks[k].e, toks[k + 1].s))
    && (isCapitalised(toks[k].w) || ROLE_NOUNS.has(low(toks[k].w)) || TITLE_WORDS.has(low(toks[k].w)))) k--;
  if (k < a - 1 && (k < 0 || SENTENCE_BREAK.test(text.slice(toks[k].e, toks[k + 1].s)))) return true;
  const next = toks[b + 1];
  if (!next) return false;
  const g = text.slice(toks[b].e, next.s);
  // "Jane Holt, president of the Harbor Union, …": an introduced source
  if (g === ', ' && (ARTICLE.test(next.w) || ROLE_NOUNS.has(low(next.w)) || TITLE_WORDS.has(low(next.w)))) return true;
  // "Its chief executive, Ana Ruiz, told reporters": an appositive name before its verb
  if (g === ', ' && isCue(next.w) && ENDS_IN_COMMA.test(text.slice(Math.max(0, toks[a].s - 3), toks[a].s))) return true;
  // "Kazakhstan's foreign minister, Erlan Idrissov, plays down …": a name set off after its role noun, then its verb
  if (APPOSITIVE_SUBJECT && g === ', ' && a > 0 && text.slice(toks[a - 1].e, toks[a].s) === ', ' && (ROLE_NOUNS.has(toks[a - 1].w) || TITLE_WORDS.has(toks[a - 1].w))
    && STARTS_LOWER.test(next.w) && !NOT_VERBS.has(next.w) && !isCue(next.w)) return true;
  if (g !== ' ') return false;
  return STARTS_LOWER.test(next.w) && !NOT_VERBS.has(next.w);
}

const APPOSITIVE_SUBJECT = true;

/** A name used to describe the person named next ("Obama consultant Cornell Belcher") is no subject. */
const DESCRIBING_NAMES = true;
const ROLE_LIKE = /(?:er|or|ist|ant|ent|man|woman|ee)$/;

/** One or two lower-case words after token b, the last a role ("consultant", "campaign manager"), then a capitalised name. */
function describesNext(text: string, toks: Token[], b: number): boolean {
  for (let k = b + 1; k <= b + 2 && k + 1 < toks.length; k++) {
    const w = toks[k].w;
    if (text.slice(toks[k - 1].e, toks[k].s) !== ' ' || !STARTS_LOWER.test(w) || isCue(w) || NOT_VERBS.has(w)) return false;
    if ((ROLE_NOUNS.has(w) || ROLE_LIKE.test(w)) && text.slice(toks[k].e, toks[k + 1].s) === ' ' && isCapitalised(toks[k + 1].w)) return true;
  }
  return false;
}

/** Preceded by a preposition, possibly with "the" between ("of the House …"). */
function afterPreposition(toks: Token[], a: number): boolean {
  if (a > 0 && PREPOSITIONS.has(low(toks[a - 1].w))) return true;
  return a > 1 && low(toks[a - 1].w) === 'the' && PREPOSITIONS.has(low(toks[a - 2].w));
}

/**
 * "Cruz openly admitted that his pick …": a lone capitalised word that speaks through a reporting
 * verb right after it (an adverb between), is given a gender by a pronoun in the same sentence and
 * is never written in lower case names a person even when the text never gives a first name. The
 * pronoun keeps out companies and places ("Kestrel claims …", "China said …").
 */
function reportsSpeech(text: string, toks: Token[], a: number, b: number, lower: () => Set<string>): boolean {
  const w = toks[a].w;
  if (a !== b || w.length < 3 || CAPITALISED_STOPWORDS.has(low(w)) || CALENDAR_WORD.test(w) || isPlace([w])) return false;
  if (stripPossessive(w) !== w || ALL_UPPER.test(w)) return false;
  for (let k = b + 1; k <= b + 2 && k < toks.length; k++) {
    if (text.slice(toks[k - 1].e, toks[k].s) !== ' ' || !STARTS_LOWER.test(toks[k].w)) return false;
    if (isCue(toks[k].w)) return learnGender(text, toks[k].e, []) !== null && !lower().has(w.toLowerCase());
    if (!LY_ENDING.test(toks[k].w) && toks[k].w !== 'also') return false;
  }
  return false;
}

/** Build the entity index for a text from its tokens. Linear in the number of tokens. */
export function indexEntities(text: string, toks: Token[]): EntityIndex {
  const idx: EntityIndex = { mentions: [], byLast: new Map(), byFirst: new Map(), orgs: new Map(), roles: new Map() };
  const singles: { a: number; b: number; titles: string[]; name: string[] }[] = [];
  const runs: { a: number; b: number; titles: string[]; name: string[]; org: boolean }[] = [];
  const lineMemo = new Map<number, boolean>();
  const inTitleCaseLine = (pos: number): boolean => {
    const from = text.lastIndexOf('\n', pos) + 1;
    let v = lineMemo.get(from);
    if (v === undefined) { v = isTitleCaseLine(text, from, pos); lineMemo.set(from, v); }
    return v;
  };
  forEachRun(text, toks, (a, b) => {
    const words: string[] = [];
    for (let k = a; k <= b; k++) words.push(k < b && pluralPossessiveGap(toks[k].w, text.slice(toks[k].e, toks[k + 1].s)) ? toks[k].w + text[toks[k].e] : toks[k].w);
    // "in June Holt …", "last May Ruiz …": after a preposition or a time word a month is a date
    const dateLead = a > 0 && (PREPOSITIONS.has(low(toks[a - 1].w)) || DATE_LEAD.test(toks[a - 1].w) || DIGIT.test(toks[a - 1].w));
    const split = splitRun(words, afterPreposition(toks, a), !dateLead && !DIGIT_NEXT.test(text.slice(toks[b].e, toks[b].e + 3)));
    const { titles, org } = split;
    let { name } = split;
    // a Title Case headline ("Jane Holt Wins Again"): a given name and one surname, not the verbs after
    if (!org && name.length >= 3 && isKnownFirstName(name[0]) && !name.some((w) => w.length === 1 || w.endsWith('.')) && inTitleCaseLine(toks[a].s)) name = name.slice(0, 2);
    // "Minister for Transport Ana Ruiz": the run opens with the title's complement
    if (!org && name.length >= 3 && name[0] === words[0] && a >= 2 && OF_OR_FOR.test(toks[a - 1].w) && isTitle(toks[a - 2].w)) name = name.slice(1);
    runs.push({ a, b, titles, name, org });
    if (name.length === 0) return;
    const nameStart = b - name.length + 1;
    if (org) {
      const e = addEntity(idx, name, 'org', null, toks[a].s);
      idx.mentions.push({ s: toks[nameStart].s, e: toks[b].e, entity: e, object: false, subject: isSubject(text, toks, a, b) });
      // "Commission on Public Debates", "Association of Flight Crews": one organisation
      const c = b + 1;
      if (c + 1 < toks.length && ORG_CONNECTORS.has(toks[c].w) && isCapitalised(toks[c + 1].w) && !CALENDAR_WORD.test(toks[c + 1].w)
        && text.slice(toks[b].e, toks[c + 1].s) === ` ${toks[c].w} `) {
        let d = c + 1;
        while (d + 1 < toks.length && isCapitalised(toks[d + 1].w) && text.slice(toks[d].e, toks[d + 1].s) === ' ' && d - c < ORG_TAIL_TOKENS) d++;
        const full = [...name, toks[c].w];
        for (let k = c + 1; k <= d; k++) full.push(stripPossessive(toks[k].w));
        addEntity(idx, full, 'org', null, toks[a].s);
      }
      return;
    }
    if (name.length === 1) { singles.push({ a: nameStart, b, titles, name }); return; }
    if (isPlace(name)) return;
    const g = runGender(titles, name);
    const e = addEntity(idx, name, 'person', g, toks[a].s, titles.length > 0);
    if (GUESSED_GENDER_YIELDS && e.gender && e.count === 1) e.guessed = runGenderIsGuess(titles, name, g);
    addRoles(idx, text, toks, a, titles, e);
  });
  // surnames given only with a title ("Mr. Holt", "Sen. Pratt") name a person too
  const rolesGiven = new Set<number>();
  let lowerSet: Set<string> | null = null;
  const lower = (): Set<string> => (lowerSet ??= lowerCaseWords(toks));
  const bare: { a: number; name: string[] }[] = [];
  for (const { a, b, titles, name } of singles) {
    const titled = titles.some((t) => HONORIFICS.has(low(t))) || isKnownFirstName(name[0]);
    if (!titled && titles.length === 0 && reportsSpeech(text, toks, a, b, lower)) bare.push({ a, name });
    const g = runGender(titles, []);
    if (!titled) continue;
    const known = resolveNameWords(idx, name, -1, g);
    if (known?.kind === 'person') {
      // "Mr. Obama" said again and again: the namesake with the most titled mentions is the likelier one
      if (g && known.gender === g) known.count++;
      continue;
    }
    const e = addEntity(idx, name, 'person', runGender(titles, name), toks[a].s, true);
    addRoles(idx, text, toks, a, titles, e);
    rolesGiven.add(a);
  }
  buildSpellingIndex(idx);
  // after the spelling index, so that a misspelt surname ("McLenney") still finds its full name
  for (const { a, name } of bare) {
    if (resolveNameWords(idx, name, -1)) continue;
    addEntity(idx, name, 'person', learnGender(text, toks[a].e, []), toks[a].s, true);
  }
  // second pass: every person mention (full or surname) in text order
  const titledLater: { a: number; titles: string[]; e: Entity }[] = [];
  // the people named after run ri within the gender window, with what is known of their gender
  const peopleAfter = (ri: number): { s: number; g: Gender }[] => {
    const out: { s: number; g: Gender }[] = [];
    const limit = toks[runs[ri].b].e + GENDER_CUT_WINDOW;
    for (let j = ri + 1; j < runs.length && toks[runs[j].a].s < limit; j++) {
      const r = runs[j];
      // "Trump's campaign manager", "the Carson campaign": a possessor or a modifier is not who a pronoun is
      if (r.org || r.name.length === 0 || stripPossessive(toks[r.b].w) !== toks[r.b].w) continue;
      if (r.a > 0 && ARTICLE_I.test(toks[r.a - 1].w) && r.b + 1 < toks.length && STARTS_LOWER.test(toks[r.b + 1].w)) continue;
      const e = resolveNameWords(idx, r.name, toks[r.a].s);
      if (e?.kind === 'person') out.push({ s: toks[r.a].s, g: e.gender });
    }
    return out;
  };
  for (let ri = 0; ri < runs.length; ri++) {
    const { a, b, titles, name, org } = runs[ri];
    if (org || name.length === 0) continue;
    const nameStart = b - name.length + 1;
    const e = resolveNameWords(idx, name, toks[a].s, runGender(titles, []), roleKeys(titles));
    if (!e || e.kind !== 'person') continue;
    // "President Holt" for a Holt already known: the title is still a role the text gives him
    if (name.length === 1 && titles.length > 0 && !rolesGiven.has(nameStart)) titledLater.push({ a, titles, e });
    if (name.length === 1 && !e.gender) e.gender = runGender(titles, []);
    if (titles.some((t) => HONORIFICS.has(low(t)))) e.strong = true;
    // "the Clinton campaign", "a Holt rally": a name used as a modifier is neither subject nor antecedent
    const nb0 = toks[b + 1];
    const modifier = titles.length === 0 && a > 0 && ARTICLE_I.test(toks[a - 1].w) && !!nb0 && text.slice(toks[b].e, nb0.s) === ' ' && STARTS_LOWER.test(nb0.w) && !isCue(nb0.w);
    // "Obama consultant Cornell Belcher", "Holt campaign manager Ana Ruiz": a name describing the next person
    const describes = DESCRIBING_NAMES && titles.length === 0 && describesNext(text, toks, b);
    const subject = !modifier && !describes && isSubject(text, toks, a, b);
    // "her husband, Milton Holt", "Trump's wife, Melania": the relation gives the gender
    if (KIN_GIVES_GENDER && !e.gender && a >= 2 && Object.prototype.hasOwnProperty.call(KIN, low(toks[a - 1].w))
      && COMMA_BLANK.test(text.slice(toks[a - 1].e, toks[a].s)) && POSSESSOR.test(toks[a - 2].w)) {
      e.gender = KIN[low(toks[a - 1].w)];
    }
    // "his wife, Jane Holt": a relative introduced by relation does not take the surname over from
    // the person it relates to (a later bare "Holt" is still him)
    if (KIN_KEEPS_SURNAME && name.length > 1 && a >= 2 && Object.prototype.hasOwnProperty.call(KIN, low(toks[a - 1].w))
      && COMMA_BLANK.test(text.slice(toks[a - 1].e, toks[a].s)) && POSSESSOR.test(toks[a - 2].w)) {
      const at = e.fullAt.indexOf(toks[a].s);
      if (at >= 0) e.fullAt.splice(at, 1);
    }
    // each subject mention, until one says it: "Calderon also noted that … while he was in office"
    if ((!e.gender || e.guessed) && subject && (e.learned ?? 0) < GENDER_LEARN_TRIES) {
      const g = learnGender(text, toks[b].e, peopleAfter(ri));
      e.learned = (e.learned ?? 0) + 1;
      if (g) { e.gender = g; e.guessed = false; e.strong = true; }
    }
    // "Rupert Ashdown, said …", "Holt told …": the subject of a reporting verb is someone
    const nb = toks[b + 1];
    const speaking = (subject && !!nb && isCue(nb.w) && COMMA_BLANK.test(text.slice(toks[b].e, nb.s))) 
      // inverted, after a comma or quote: "…, noted Dario Chenko"; not the object in "urged Korea"
      || (a > 1 && isCue(toks[a - 1].w) && !ING_ENDING.test(toks[a - 1].w) && COMMA_OR_CLOSE_BEFORE.test(text.slice(toks[a - 2].e, toks[a - 1].s)));
    if (speaking) e.strong = true;
    // "Jo-Ann Formby, a professor at …, described …": a full name opening a sentence is a person
    if (subject && name.length > 1 && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, toks[a].s - 3), toks[a].s))) e.strong = true;
    const prev = a > 0 ? low(toks[a - 1].w) : '';
    // "with Lavrov" and "Holt's statement": an object or a possessor is rarely a pronoun's antecedent
    const possessive = stripPossessive(toks[b].w) !== toks[b].w;
    // "As for Holt, he …": a fronted topic is the subject of what follows
    const topic = TOPIC_FRONTING && !possessive && a >= 2 && FOR_WORD.test(toks[a - 1].w) && AS_WORD.test(toks[a - 2].w)
      && STARTS_WITH_COMMA.test(text.slice(toks[b].e, toks[b].e + 1)) && (a === 2 || SENTENCE_END_BEFORE.test(text.slice(toks[a - 3].e, toks[a - 2].s)));
    idx.mentions.push({ s: toks[nameStart].s, e: toks[b].e, entity: e, object: !topic && (PREPOSITIONS.has(prev) || possessive || modifier || describes), subject: subject || topic, speaking });
  }
  if (titledLater.length > 0) {
    for (const t of titledLater) addRoles(idx, text, toks, t.a, t.titles, t.e);
    for (const list of idx.roles.values()) list.sort((x, y) => x.pos - y.pos);
  }
  indexKin(idx, text, toks);
  indexCampaigns(idx, text, toks);
  idx.mentions.sort((x, y) => x.s - y.s);
  return idx;
}
