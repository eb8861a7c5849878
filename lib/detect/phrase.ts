/**
 * The full noun phrase of an unnamed source, document or group next to a reporting cue, as
 * written: determiner + modifiers + head + its complement ("a longtime adviser to the mayor",
 * "a letter from the board", "the groups who wrote to her", "a woman in Leeds, England").
 * A name inside the phrase (a place, a possessor, an agent) is not the speaker.
 */
import { isCapitalised, type Token } from '../text/tokens';
import { AFFILIATION_NOUNS, CAPITALISED_STOPWORDS, CUE_FILLERS, NOMINAL_SPEAKERS, PREPOSITIONS, ROLE_NOUNS } from './lexicon';
import { beforeGoOnTo, isCue, type SpeakerPhrase } from './cues';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const ANY_PUNCT = /[,.;:!?]/;
const ENDS_IN_S = /s$/;
const ING_ENDING = /ing$/i;
const COMMA_OR_SEMICOLON = /[,;]/;
const WHO_OR_WHICH = /^(?:who|which)$/i;
const CLAUSE_BREAK = /[,;:]/;
const COMMA_BLANK = /^,\s$/;
const OBJECT_BREAK = /[,;:(\u2014]/;
const CLAUSE_OPENER = /^(?:and|but|as|that|while|when|because|after|before|since|if)$/;
const ONE_OR_ANOTHER = /^(?:one|another)$/i;
const PUNCT_NEXT = /^\s*[.,;!?]/;
const LETTER = /\p{L}/u;

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** People and groups that speak unnamed ("a source", "members", "a woman"): general English. */
const PERSON_HEADS = words(`
  source sources official officials aide aides adviser advisers advisor advisors staffer staffers
  member members person people man men woman women someone somebody resident residents voter voters
  supporter supporters donor donors lobbyist lobbyists employee employees worker workers strategist
  strategists expert experts analyst analysts critic critics observer observers witness witnesses
  protester protesters protestors demonstrator demonstrators organizer organizers organiser organisers
  attendee attendees participant participants delegate delegates lawmaker lawmakers legislator
  legislators operative operatives insider insiders veteran veterans student students teacher teachers
  parent parents friend friends neighbor neighbors neighbour neighbours relative relatives colleague
  colleagues spokesman spokeswoman spokesperson spokespeople representative representatives lawyer
  lawyers attorney attorneys prosecutor prosecutors investigator investigators researcher researchers
  scientist scientists economist economists leader leaders executive executives officer officers
  agent agents diplomat diplomats reporter reporters journalist journalists respondent respondents
  proponents opponents backers allies activists advocates members officials supporters
`);
/** Documents and bodies that speak ("a letter from the board", "the petition"): never a person. */
export const DOCUMENT_HEADS = words(`
  report reports letter letters email emails memo memos statement statements document documents
  filing filings complaint lawsuit petition ruling order brief release transcript readout excerpt
  excerpts passage message messages post tweet ad ads advertisement commercial video clip website
  editorial column article story piece book study survey poll polls
  analysis audit note notice summary draft
`);
/** Bodies a person has, beyond the people above ("Holt's office", "his defense counsel"). */
const OWNED_BODIES = words('office counsel staff team');
/** A plural agent noun ("questioners", "backers"): people, whatever the lexicon lists. */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:er|or|ist)s$/u;

/** A lower-case head that names someone a possessor has ("Holt's office", "her lawyers"), not the possessor. */
export function isPossessedHead(w: string): boolean {
  const l = lw(w);
  return /^\p{Ll}/u.test(w) && (PERSON_HEADS.has(l) || NOMINAL_SPEAKERS.has(l) || ROLE_NOUNS.has(l) || OWNED_BODIES.has(l) || AGENT_PLURAL.test(l));
}

/** "his office", "her lawyers": a possessive determiner opens a possessed phrase as a possessive name does. */
export const POSSESSIVE_DETERMINER = /^(?:his|her|their|its|our)$/i;

/**
 * "Holt's office", "Rep. Jane Holt's public defense counsel": a possessive name, then at most four
 * lower-case words ending on a possessed head, none of them a verb or plural before it ("Holt's
 * aide rallied supporters" is a clause).
 */
export function isPossessedPhrase(ws: string[]): boolean {
  let i = ws.length - 2;
  while (i >= 0 && !(isCapitalised(ws[i]) && /['\u2019]s?$/.test(ws[i])) && !(i === 0 && POSSESSIVE_DETERMINER.test(ws[i]))) i--;
  const tail = ws.slice(i + 1);
  if (i < 0 || tail.length === 0 || tail.length > 4 || !isPossessedHead(tail[tail.length - 1])) return false;
  return tail.slice(0, -1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && (isPossessedHead(w) || !/(?:ed|s)$/.test(w)));
}

/** Words that open a head noun's complement ("of", "familiar with", "who"). */
const COMPLEMENT = words('of for from in at on with to by who familiar close involved named based');
/** Determiners that open an unnamed phrase. */
const OPENERS = words('a an one another some several many most two three four five few other the this these those his her their its our');
const INDEFINITE = words('a an one another some several many most two three four five few other');
/** Words that end the clause the phrase belongs to. */
const STOPS = words('that because although though while when if since unless whether where than');
/** Indefinite subjects with a head outside the lists ("a clerk who … said") are read whole too. */
const UNLISTED_HEADS = true;
/** Verbs only people use: an unlisted head is read as a person only before one ("a sign … reads" is not). */
const PERSON_CUES = words('said says told tells added adds asked asks explained explains recalled recalls insisted insists argued argues');
/** A head that reads as an adjective: the phrase was cut before its noun. */
const ADJECTIVE_ENDING = /(?:ory|ive|ous|ic|ful|less|able|ible|ary|al|ing|ed|^ago|^out|^up|^off|^down|^back)$/;
/** Words that make the words after a head a clause of their own. */
const CLAUSE_WORDS = words('he she they i we it what whom and');
/** Party and faith nouns head unnamed sources ("one Republican involved in the planning"). */
const AFFILIATION = true;
/** Plurals of people without a determiner ("Attorneys for Holt said") are read whole too. */
const BARE_PLURALS = true;
/** Most tokens of a phrase with its complement. */
const MAX_TOKENS = 16;
const BREAK = /[.;:!?()"\u201c\u201d\u2014\u2013\u2015[\]]/;

const lw = (w: string): string => w.toLowerCase();
const gapAfter = (text: string, toks: Token[], k: number): string => (k + 1 < toks.length ? text.slice(toks[k].e, toks[k + 1].s) : '');

/** "Leeds, England," / "Paris, France.": a comma inside a place name is part of the phrase. */
function placeComma(text: string, toks: Token[], k: number): boolean {
  if (k + 1 >= toks.length || !isCapitalised(toks[k].w) || !isCapitalised(toks[k + 1].w)) return false;
  // "the gala Thursday, Holt described": a day or a sentence word is not a city
  if (CAPITALISED_STOPWORDS.has(lw(toks[k].w)) || CAPITALISED_STOPWORDS.has(lw(toks[k + 1].w))) return false;
  const after = k + 2 < toks.length ? gapAfter(text, toks, k + 1) : text.slice(toks[k + 1].e, toks[k + 1].e + 2);
  return ANY_PUNCT.test(after);
}

/** "a Feb. 1 letter", "a spokesman for Mr. Holt": the period of an abbreviation ends no phrase. */
const ABBREVIATIONS = words('Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec Mr Mrs Ms Dr St Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev');
const abbreviation = (w: string, gap: string): boolean => gap === '. ' && ABBREVIATIONS.has(w);

const hasClause = (toks: Token[], h: number, b: number): boolean => {
  for (let i = h + 1; i <= b; i++) if (CLAUSE_WORDS.has(lw(toks[i].w))) return true;
  return false;
};

/**
 * A plural of people with no determiner, opening its clause: "Attorneys for Holt", "Officials with
 * knowledge of the talks", "Trump supporters", "Corporate lobbyists". The head is lower case
 * (or the capitalised first word itself); modifiers before it may be names ("Holt aides").
 */
function isBarePlural(toks: Token[], a: number, h: number, b: number): boolean {
  const l = lw(toks[h].w);
  if (!PERSON_HEADS.has(l) || !ENDS_IN_S.test(l) || (h > a && isCapitalised(toks[h].w))) return false;
  // "Addressing attendees of …", "without reporters": a participle or preposition opens no subject
  if (ING_ENDING.test(toks[a].w)) return false;
  // "Nuclear safety experts", "Holt aides": modifiers open with a capital ("without reporters" does not)
  if (h > a && !isCapitalised(toks[a].w)) return false;
  for (let i = a; i <= h; i++) {
    const w = lw(toks[i].w);
    if (isCue(toks[i].w) || STOPS.has(w) || OPENERS.has(w) || CLAUSE_WORDS.has(w) || PREPOSITIONS.has(w)) return false;
  }
  return !hasClause(toks, h, b);
}

/**
 * Whether toks[a..b] is an unnamed phrase: an opener, a lower-case head right before the first
 * complement word, and a complement. "the" + a singular person ("the senator of Utah") is left to
 * role resolution: it usually stands for someone the text names.
 */
function isUnnamedPhrase(toks: Token[], a: number, b: number, unlisted: boolean): boolean {
  const open = lw(toks[a].w);
  let h = -1;
  for (let i = a + 1; i <= b; i++) if (COMPLEMENT.has(lw(toks[i].w))) { h = i - 1; break; }
  // a bare plural needs its complement: "Local planning leaders have warned about …" is too often a term's context
  if (!OPENERS.has(open)) return BARE_PLURALS && h >= a && h < b && isBarePlural(toks, a, h, b);
  if (h <= a || h >= b) return false;
  const head = toks[h].w;
  const l = lw(head);
  // "one Democrat familiar with …": a party or faith is a person's head, not a name
  if (isCapitalised(head) && !(AFFILIATION && AFFILIATION_NOUNS.has(l))) return false;
  for (let i = a + 1; i <= h; i++) if (isCue(toks[i].w) && !DOCUMENT_HEADS.has(lw(toks[i].w))) return false;
  // "a few days ago in an interview he …", "a deterrence to what it called": a clause, not a phrase
  if (hasClause(toks, h, b)) return false;
  if (DOCUMENT_HEADS.has(l)) return true;
  // "a clerk who …", "one trucker from Ohio": an indefinite person the lexicon does not list
  if (!(PERSON_HEADS.has(l) || NOMINAL_SPEAKERS.has(l) || ROLE_NOUNS.has(l) || (AFFILIATION && AFFILIATION_NOUNS.has(l)))) return unlisted && INDEFINITE.has(open) && !ADJECTIVE_ENDING.test(l);
  return INDEFINITE.has(open) || ENDS_IN_S.test(l) || l === 'people';
}

function asPhrase(text: string, toks: Token[], a: number, b: number): SpeakerPhrase {
  return { kind: 'noun', words: toks.slice(a, b + 1).map((t) => t.w), s: toks[a].s, e: toks[b].e, asWritten: true };
}

/**
 * The unnamed phrase that is the subject of the cue at token v ("a source close to the talks
 * said"), or null. The phrase must reach the cue (auxiliaries and adverbs aside) and not be the
 * object of a verb or preposition before it.
 */
export function unnamedSubject(text: string, toks: Token[], v: number, floor: number): SpeakerPhrase | null {
  // a colon lead-in has no cue word: "… delivered a blunt message to Holt:" is not a subject
  if (v >= toks.length || !isCue(toks[v].w)) return null;
  let e = beforeGoOnTo(toks, v - 1, floor);
  while (e >= floor && CUE_FILLERS.has(lw(toks[e].w)) && !COMMA_OR_SEMICOLON.test(gapAfter(text, toks, e))) e--;
  // "a source who asked not to be named publicly said": an adverb inside a relative clause
  // belongs to the phrase; "a source close to the talks also said": before the cue it does not
  const unlisted = UNLISTED_HEADS && PERSON_CUES.has(lw(toks[v].w));
  const whole = e < v - 1 ? phraseEndingAt(text, toks, v - 1, floor, unlisted) : null;
  if (whole && whole.words.some((w) => WHO_OR_WHICH.test(w))) return whole;
  return phraseEndingAt(text, toks, e, floor, unlisted);
}

function phraseEndingAt(text: string, toks: Token[], e: number, floor: number, unlisted: boolean): SpeakerPhrase | null {
  // "a woman who said": the cue is the relative clause's own verb
  if (e < floor || WHO_OR_WHICH.test(toks[e].w)) return null;
  // "a woman in Leeds, England, told": the comma that closes a place name
  if (CLAUSE_BREAK.test(gapAfter(text, toks, e)) && !(e > floor && COMMA_BLANK.test(gapAfter(text, toks, e - 1)) && placeComma(text, toks, e - 1))) return null;
  let best = -1;
  for (let i = e; i >= floor && e - i < MAX_TOKENS; i--) {
    const g = gapAfter(text, toks, i);
    if (i < e && ((BREAK.test(g) && !abbreviation(toks[i].w, g)) || (g.includes(',') && !placeComma(text, toks, i)))) break;
    if (STOPS.has(lw(toks[i].w))) break;
    if (isUnnamedPhrase(toks, i, e, unlisted)) best = i;
  }
  if (best < 0) return null;
  if (best > floor && !OBJECT_BREAK.test(gapAfter(text, toks, best - 1))) {
    // "sent a letter to the board saying": an object, not the subject
    const p = lw(toks[best - 1].w);
    // ("told a young woman who suggested …": the object of "told", whose own clause it opens)
    if (!(CUE_FILLERS.has(p) || CLAUSE_OPENER.test(p))) return null;
  }
  return asPhrase(text, toks, best, e);
}

/**
 * The unnamed phrase opening at token k and running to the end of its clause ("…,” said a
 * member of the board who backs her, adding …), or null.
 */
export function unnamedForward(text: string, toks: Token[], k: number, ceil: number): SpeakerPhrase | null {
  if (k >= ceil || !OPENERS.has(lw(toks[k].w))) return null;
  // "“…,” read one.", "said another,": a lone pronoun-like determiner that ends its clause
  if (ONE_OR_ANOTHER.test(toks[k].w) && PUNCT_NEXT.test(text.slice(toks[k].e, toks[k].e + 2))) return asPhrase(text, toks, k, k);
  let relative = false;
  // read to the end of the clause, past the caller's cue window (the phrase is checked whole)
  for (let b = k + 1; b < toks.length && b - k < MAX_TOKENS; b++) {
    const l = lw(toks[b].w);
    if (l === 'who' || l === 'which') relative = true;
    // a cue ends the phrase, except inside its relative clause ("who asked not to speak publicly")
    if (STOPS.has(l) || (!relative && isCue(toks[b].w) && !DOCUMENT_HEADS.has(l) && !PERSON_HEADS.has(l))) return null;
    const g = b + 1 < toks.length ? gapAfter(text, toks, b) : text.slice(toks[b].e, toks[b].e + 2);
    const last = (BREAK.test(g) && !abbreviation(toks[b].w, g)) || (g.includes(',') && !placeComma(text, toks, b)) || (b + 1 >= toks.length && !LETTER.test(g));
    if (!last) continue;
    return isUnnamedPhrase(toks, k, b, false) ? asPhrase(text, toks, k, b) : null;
  }
  return null;
}
