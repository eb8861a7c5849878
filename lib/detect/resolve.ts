/**
 * Turn a speaker phrase ("Stoltenberg", "he", "the ambassador", "a source") into the fullest
 * name the text gives, with the method used, or into the phrase itself for unnamed sources.
 */
import type { AttributionEvidence } from '../types';
import { campaignKey, roleKeys, splitRun, resolveNameWords, keyOf, runGender, isTitleCaseLine, type Entity, type EntityIndex, type Mention } from './mentions';
import type { SpeakerPhrase } from './cues';
import { isCapitalised, stripPossessive, tokenize, tokensIn, type Token } from '../text/tokens';
import { AFFILIATION_NOUNS, CAPITALISED_STOPWORDS, NOMINAL_SPEAKERS, ORG_HEADS, ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import { previousPronoun, referentOf } from './chains';
import { isPossessedPhrase, POSSESSIVE_DETERMINER } from './phrase';
import { isLoneCommonWord } from './common-words';
import { sentenceStartBefore } from '../text/sentences';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const CONTRACTION = /['\u2019](?:s|d|ll|ve|re|m)$/;
const PREPOSITION_BEFORE = /\b(?:to|of|for|in|at|from|with)\s+(?:the\s+)?$/;
const POSSESSIVE_END = /['\u2019]s$/;
const ALL_CAPS_WORD = /^\p{Lu}{3,}$/u;
const OF_PREPOSITION = /^(?:for|of|at|in|on|with)$/i;
const SPOKES = /^spokes/;
const THE_THIS_THAT = /^(?:the|this|that)$/i;
const DETERMINER_WORD = /^(?:the|this|a|an)$/i;
const THE_OR_THIS = /^(?:the|this)$/i;
const LOWER_HEAD_WORD = /^[\p{Ll}\d][\p{L}\d'\u2019-]{2,}$/u;

export interface Resolved {
  speaker: string | null;
  entity: Entity | null;
  method: AttributionEvidence['method'];
  mention: string;
  /** 0..1 how sure the resolution step is (multiplied with the cue's confidence). */
  certainty: number;
  /** Where the speaker phrase starts in the text (set by the route that found it). */
  at?: number;
}

/** How far back (characters) a pronoun or role noun looks for its person. */
const ANTECEDENT_WINDOW = 3000;
/** How many earlier holders of a role are inspected at most. */
const ROLE_MAX_SCAN = 200;
/** How many earlier mentions a pronoun inspects at most. */
const ANTECEDENT_MAX_MENTIONS = 60;

export interface ResolveEnv {
  text: string;
  idx: EntityIndex;
  /** True when pos lies inside a quotation (names there are rarely the speaker). */
  isQuoted: (pos: number) => boolean;
  /** tokenize(text), when the caller has it: windows are then read from it (tokensIn). */
  tokens?: Token[];
  /** The speaker most recently attributed, and where. */
  lastSpeaker?: { entity: Entity; pos: number } | null;
}

/** The tokens of env.text[from, to), exactly as tokenize(env.text, from, to) gives them. */
export function windowTokens(env: ResolveEnv, from: number, to: number): Token[] {
  return env.tokens ? tokensIn(env.text, env.tokens, from, to) : tokenize(env.text, from, to);
}

/** A pronoun prefers the speaker just quoted over an earlier sentence subject. */
const PREFER_LAST_SPEAKER = true;

function lastMentionBefore(idx: EntityIndex, pos: number): number {
  let lo = 0;
  let hi = idx.mentions.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (idx.mentions[mid].s < pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** Most recent person mention compatible with the gender, outside quotations. */
export function resolvePronoun(env: ResolveEnv, pronoun: string, pos: number): Entity | null {
  const want = pronoun === 'he' || pronoun === 'him' ? 'm' : pronoun === 'she' || pronoun === 'her' ? 'f' : null;
  return nearestPerson(env, want, pronoun === 'it' || pronoun === 'they', pos);
}

function nearestPerson(env: ResolveEnv, want: 'm' | 'f' | null, wantOrg: boolean, pos: number): Entity | null {
  const { idx } = env;
  let nearest: Entity | null = null;
  let fallback: Entity | null = null;
  let subject: { e: Entity; pos: number } | null = null;
  let unsure: { e: Entity; pos: number; speaking: boolean; at: number } | null = null;
  let weak: Entity | null = null;
  let subjectAt = -1;
  for (let i = lastMentionBefore(idx, pos), n = 0; i >= 0 && n < ANTECEDENT_MAX_MENTIONS; i--, n++) {
    const m = idx.mentions[i];
    if (pos - m.s > ANTECEDENT_WINDOW) break;
    if (env.isQuoted(m.s)) continue;
    const e = m.entity;
    if (wantOrg) { if (e.kind === 'org' && !m.object) return e; continue; }
    if (e.kind !== 'person') continue;
    if (want && e.gender && e.gender !== want) continue;
    // "The Ninth Circle: The Hellish View …": a headline's capitalised runs are rarely people
    if (HEADLINE_NOT_ANTECEDENT && !e.gender && inHeadline(env, m.s)) continue;
    if (!e.strong) { if (m.subject) weak ??= e; continue; }
    if (m.object) { fallback ??= e; continue; }
    nearest ??= e;
    if (!m.subject) continue;
    // a subject of the right gender wins; one of unknown gender only if none is found
    if (!want || e.gender === want) { subject = { e, pos: m.s }; subjectAt = i; break; }
    unsure ??= { e, pos: m.s, speaking: !!m.speaking, at: i };
  }
  // a subject of unknown gender introduced since the last quote ("…, noted Dario Chenko. ¶ “…,” he
  // wrote"; "Growing up in El Paso, Mendoza learned … “…,” he said") beats an older subject of the
  // right gender: the sentence is about the newcomer
  const fresh = unsure && (unsure.speaking || (!!env.lastSpeaker && opensSentence(env, unsure.at))) && (!env.lastSpeaker || (unsure.pos > env.lastSpeaker.pos && unsure.e !== env.lastSpeaker.entity));
  if (SENTENCE_OPENER_FIRST && want && subject && subjectAt >= 0 && !endsOnOwnCue(env, idx.mentions[subjectAt])) subject = openerOf(env, want, subject, subjectAt);
  const best = fresh ? unsure : subject ?? unsure;
  const last = env.lastSpeaker;
  if (PREFER_LAST_SPEAKER && !wantOrg && last && last.pos > (best?.pos ?? -1) && last.pos < pos && pos - last.pos < ANTECEDENT_WINDOW
    && last.entity.kind === 'person' && !(want && last.entity.gender && last.entity.gender !== want)) return last.entity;
  return best?.e ?? nearest ?? fallback ?? weak;
}

/** The mention at index at is the first one of its sentence ("Growing up in El Paso, Mendoza …"). */
function opensSentence(env: ResolveEnv, at: number): boolean {
  const m = env.idx.mentions[at];
  const from = sentenceStartBefore(env.text, m.s, Math.max(0, m.s - OPENER_WINDOW));
  return at === 0 || env.idx.mentions[at - 1].s < from;
}

const HEADLINES = new WeakMap<EntityIndex, Map<number, boolean>>();

/** pos lies on a short line whose words are nearly all capitalised (a headline). */
function inHeadline(env: ResolveEnv, pos: number): boolean {
  const { text } = env;
  const from = text.lastIndexOf('\n', pos) + 1;
  let memo = HEADLINES.get(env.idx);
  if (!memo) { memo = new Map(); HEADLINES.set(env.idx, memo); }
  let v = memo.get(from);
  if (v === undefined) { v = isTitleCaseLine(text, from, pos); memo.set(from, v); }
  return v;
}

/**
 * "Cruz electrified the crowds …, Stovall said.": the speaker of a cue that ends the sentence is
 * its subject for a later pronoun, not the person who opens it (openerOf).
 */
function endsOnOwnCue(env: ResolveEnv, m: Mention): boolean {
  return SPEAKER_KEEPS_SENTENCE && !!m.speaking && TRAILING_CUE.test(env.text.slice(m.e, m.e + 24));
}
/** The name, its cue and the sentence's end: "…, Stovall said." / "… Viguerie argues." */
const TRAILING_CUE = /^,?\s\p{Ll}+[.;]/u;
const SPEAKER_KEEPS_SENTENCE = true;
/** Runs on a Title Case headline line are no pronoun's antecedent unless their gender is known. */
const HEADLINE_NOT_ANTECEDENT = true;
/** In openerOf, a person who speaks earlier in the sentence outranks a later subject. */
const EARLIER_SPEAKER_FIRST = true;

/** Words that may stand before a sentence's subject ("But he said …"). */
const OPENER_LEAD = /^[\s"'\u201c\u201d\u2018\u2019(\u2014-]*(?:(?:But|And|Yet|So|Still|Then|Later|Now|Meanwhile|However),?\s+)?$/;

/**
 * Salience: a subject inside its sentence ("Sexton, after a Holt rally, wrote that …", "He said
 * it was unclear whether Holt …") yields to the person who opens that sentence, named or as a
 * pronoun of the same gender (whose own referent is then taken).
 */
function openerOf(env: ResolveEnv, want: 'm' | 'f', subject: { e: Entity; pos: number }, at: number): { e: Entity; pos: number } {
  const { text, idx } = env;
  const from = sentenceStartBefore(text, subject.pos, Math.max(0, subject.pos - OPENER_WINDOW));
  if (OPENER_LEAD.test(text.slice(from, subject.pos))) return subject;
  // "donor Sheldon Adelson said on Friday he met … Donald Trump earlier": the one who speaks earlier in the sentence
  let speaker: { e: Entity; pos: number } | null = null;
  for (let i = at - 1; i >= 0 && idx.mentions[i].s >= from; i--) {
    const m = idx.mentions[i];
    const e = m.entity;
    const fits = e.kind === 'person' && e.strong && !m.object && e.gender === want && !env.isQuoted(m.s);
    if (EARLIER_SPEAKER_FIRST && fits && m.speaking && e !== subject.e) speaker = { e, pos: m.s };
    if (!OPENER_LEAD.test(text.slice(from, m.s))) continue;
    if (fits) return { e, pos: m.s };
    return speaker ?? subject;
  }
  if (speaker) return speaker;
  const p = previousPronoun(idx, text, want, from, subject.pos, env.isQuoted);
  if (!p || !OPENER_LEAD.test(text.slice(from, p.s))) return subject;
  const e = referentOf(idx, p, (q) => nearestPerson(env, q.g, false, q.s));
  return e && e.kind === 'person' && e.gender === want ? { e, pos: p.s } : subject;
}

/** A sentence subject that does not open its sentence defers to the one that does. */
const SENTENCE_OPENER_FIRST = true;
/** How far back (characters) the start of that sentence is looked for. */
const OPENER_WINDOW = 300;

/**
 * The person most recently given this role before pos; qualifiers ("Republican", "Indiana")
 * prefer someone also given them ("the Republican nominee" is not the Democratic one).
 */
function resolveRole(env: ResolveEnv, head: string, pos: number, qualifiers: string[]): Entity | null {
  const list = env.idx.roles.get(head);
  if (!list) return null;
  const qualified = new Set<Entity>();
  for (const q of qualifiers) for (const r of env.idx.roles.get(q) ?? []) qualified.add(r.entity);
  let best: { entity: Entity; pos: number } | null = null;
  let bestQ: { entity: Entity; pos: number } | null = null;
  // the list is in text order: read back from the end, a bounded number of entries
  for (let i = list.length - 1, n = 0; i >= 0 && n < ROLE_MAX_SCAN; i--) {
    const r = list[i];
    if (r.pos >= pos) continue;
    n++;
    best ??= r;
    if (qualified.has(r.entity)) { bestQ = r; break; }
    if (qualified.size === 0) break;
  }
  return (bestQ ?? (qualified.size > 0 ? null : best))?.entity ?? null;
}

const genderOfRole = (head: string): 'm' | 'f' | null =>
  /woman$/.test(head) ? 'f' : /(?:^|[^o])man$/.test(head) ? 'm' : null;

const INDEFINITE = /^(?:a|an|one|another|several|some|many|two|three|few|other|his|her|their|its|our)$/i;

/** "the Herald" -> "Miami Herald" when the text names that organisation in full. */
function fullestOrg(idx: EntityIndex, name: string[]): string | null {
  const tail = ' ' + name.map(keyOf).join(' ');
  const memo = orgMemo(idx);
  if (memo.has('tail:' + tail)) return memo.get('tail:' + tail)?.name ?? null;
  let best: Entity | null = null;
  for (const [key, e] of idx.orgs) {
    if (key.endsWith(tail) && (!best || e.count > best.count)) best = e;
  }
  memo.set('tail:' + tail, best);
  return best?.name ?? null;
}

/**
 * The fullest name the text gives an organisation: "Times" -> "New York Times" (a longer name
 * ending with it), "Association" -> "Association of Flight Crews" (one starting with it).
 */
export function fullOrgName(idx: EntityIndex, e: Entity): string {
  const key = e.tokens.map(keyOf).join(' ');
  const memo = orgMemo(idx);
  if (memo.has('full:' + key)) return memo.get('full:' + key)?.name ?? e.name;
  let best: Entity | null = null;
  for (const [k, o] of idx.orgs) {
    if (k.length <= key.length || !(k.endsWith(' ' + key) || k.startsWith(key + ' '))) continue;
    if (!best || o.count > best.count || (o.count === best.count && o.tokens.length > best.tokens.length)) best = o;
  }
  memo.set('full:' + key, best);
  return best?.name ?? e.name;
}

const ORG_MEMOS = new WeakMap<EntityIndex, Map<string, Entity | null>>();
function orgMemo(idx: EntityIndex): Map<string, Entity | null> {
  let m = ORG_MEMOS.get(idx);
  if (!m) { m = new Map(); ORG_MEMOS.set(idx, m); }
  return m;
}

const stripThe = (s: string): string => s.replace(/^the\s+/i, '');

/** Resolve a speaker phrase found next to a cue at position pos. */
export function resolvePhrase(env: ResolveEnv, p: SpeakerPhrase, pos: number, cued = false): Resolved | null {
  const mention = env.text.slice(p.s, p.e);
  // "a longtime adviser to Holt": an unnamed source read whole speaks as written (phrase.ts)
  if (p.asWritten) return { speaker: mention, entity: null, method: 'role', mention, certainty: UNNAMED_PHRASE_CERTAINTY };
  if (p.kind === 'pronoun') {
    // "It’s denouncing …", "He'd said …": the pronoun without its contraction
    const l = p.words[0].toLowerCase().replace(CONTRACTION, '');
    if (l === 'we') return null;
    if (l === 'i') {
      // "I said": the narrator, when the text signs or introduces its author
      const who = narratorAt(env, pos);
      if (!who) return null;
      // no entity: a later "she" or "he" is never the narrator
      const e = resolveNameWords(env.idx, who.split(' '), pos);
      return { speaker: e?.kind === 'person' ? e.name : who, entity: null, method: 'pronoun', mention, certainty: NARRATOR_CERTAINTY };
    }
    // the antecedent of "he"/"she" comes before the pronoun, not before the cue or quote that
    // follows it ("He anticipated that … for a President Holt would be “…”"); "they" is often a
    // sentence subject read past a relative clause ("they turned to the Port Authority, which said")
    const e = resolvePronoun(env, l, l === 'he' || l === 'she' ? Math.min(pos, p.s) : pos);
    if (!e) return null;
    if (e.kind === 'org') return { speaker: stripThe(fullOrgName(env.idx, e)), entity: e, method: 'organisation', mention, certainty: 0.65 };
    return { speaker: e.name, entity: e, method: 'pronoun', mention, certainty: e.gender ? 0.8 : 0.65 };
  }
  if (p.kind === 'name') {
    const afterPrep = PREPOSITION_BEFORE.test(env.text.slice(Math.max(0, p.s - 10), p.s));
    const { name, org, titles } = splitRun(p.words, afterPrep);
    if (name.length === 0) return null;
    // "Team Holt said": a campaign's nickname, spoken as written, never the person
    if (p.words.length >= 2 && p.words[0] === 'Team') return { speaker: mention, entity: null, method: 'organisation', mention, certainty: 0.5 };
    if (org) {
      const full = fullestOrg(env.idx, name);
      return { speaker: stripThe(full ?? name.join(' ')), entity: null, method: 'organisation', mention, certainty: 0.8 };
    }
    const e = resolveNameWords(env.idx, name, pos, runGender(titles, []), roleKeys(titles));
    if (e) {
      const method = e.kind === 'org' ? 'organisation' : name.length > 1 ? 'name' : 'surname';
      return { speaker: e.kind === 'org' ? stripThe(fullOrgName(env.idx, e)) : e.name, entity: e, method, mention, certainty: 0.9 };
    }
    // "Reprising one of her lines, …", "Specifically, “…”": a lone common word is no speaker
    if (name.length === 1 && p.words.length === 1 && isLoneCommonWord(env, stripPossessive(name[0]))) return null;
    // transcript labels are written in capitals: "HOLT" -> "Holt"
    const words = name.map((w) => w.replace(POSSESSIVE_END, '')).map((w) => (ALL_CAPS_WORD.test(w) ? w[0] + w.slice(1).toLowerCase() : w));
    return { speaker: words.join(' '), entity: null, method: 'name', mention, certainty: 0.7 };
  }
  // the head noun: "a spokesperson for the ministry" -> spokesperson
  const ofAt = p.words.findIndex((w, i) => i > 0 && OF_PREPOSITION.test(w));
  const head = keyOf(p.words[(ofAt > 0 ? ofAt : p.words.length) - 1]);
  // "Cameron's spokesman", "Holt's lawyer": someone who works for the possessor, not the possessor
  const possessor = ofAt < 0 ? p.words.slice(0, -1).filter((w) => isCapitalised(w) && stripPossessive(w) !== w).map(stripPossessive) : [];
  if (ROLE_NOUNS.has(head)) {
    const definite = !INDEFINITE.test(p.words[0]);
    const qualifiers = p.words.slice(1, -1).map(keyOf).filter((w) => env.idx.roles.has(w));
    const fallback = !(SPOKES_ROLE_ONLY && SPOKES.test(head));
    // "the judge", "the man": a bare role noun is anyone's; only someone the text gives that role is
    // it. "The Florida senator" carries what identifies its person: the nearest one is taken.
    // A spokesman speaks for the person just named: only someone the text calls a spokesman is one.
    const bare = BARE_ROLE_TIED_ONLY && p.words.length === 2 && THE_THIS_THAT.test(p.words[0]);
    const held = definite ? resolveRole(env, head, pos, qualifiers) : null;
    // "the Republican presidential candidate said": with no holder, the person just quoted is meant
    // before a bystander named since ("… called upon Mayor Ana Ruiz …")
    const last = env.lastSpeaker;
    const lastFits = QUALIFIED_ROLE_LAST_SPEAKER && definite && !bare && !held && last && last.entity.kind === 'person'
      && pos - last.pos < ANTECEDENT_WINDOW && !(genderOfRole(head) && last.entity.gender && last.entity.gender !== genderOfRole(head));
    const near = held ?? (definite ? nearestPerson(env, genderOfRole(head), false, pos) : null);
    let e = lastFits && near && near !== last!.entity && holdsOtherRole(env.idx, near, roleKeys(p.words)) ? last!.entity : near;
    // the nearest person, for a bare role, only when an appositive gives them it ("Ana Ruiz, a judge in …")
    if (e && !held && bare && !describedAs(env, e, head, pos)) e = null;
    if (e && !fallback && !describedAs(env, e, head, pos)) e = null;
    if (e && POSSESSED_NOT_POSSESSOR && possessor.some((w) => e!.tokens.includes(w))) e = null;
    if (e) return { speaker: e.name, entity: e, method: 'role', mention, certainty: 0.6 };
  }
  const owner = ofAt < 0 ? p.words.slice(0, -1).filter((w) => isCapitalised(w) && !DETERMINER_WORD.test(w)) : [];
  if (head === 'campaign' && owner.length > 0 && !INDEFINITE.test(p.words[0])) {
    // "Holt's campaign said", "the Holt campaign said": the campaign speaks, as an organisation
    const org = env.idx.orgs.get(campaignKey(owner[owner.length - 1]));
    if (org) return { speaker: org.name, entity: org, method: 'organisation', mention, certainty: 0.6 };
  }
  if (owner.length > 0 && DOCUMENT_HEADS.has(head) && !INDEFINITE.test(p.words[0])) {
    // "the Fund's report stated", "Jane Holt's brief said": the owner speaks
    const name = owner.map(stripPossessive);
    const person = resolveNameWords(env.idx, name, pos);
    if (person) return { speaker: person.name, entity: person, method: person.kind === 'org' ? 'organisation' : 'name', mention, certainty: 0.55 };
    return { speaker: fullestOrg(env.idx, name) ?? name.join(' '), entity: null, method: 'organisation', mention, certainty: 0.55 };
  }
  if (owner.length === 0 && ofAt < 0 && p.words.length <= 2 && DOCUMENT_HEADS.has(head) && THE_OR_THIS.test(p.words[0])) {
    // "… a Tribune article hailed him … ¶ “…,” the article read": the owner named earlier speaks
    const earlier = ownerOfEarlierDocument(env, p.words[p.words.length - 1], p.s);
    if (earlier) return { ...earlier, mention, certainty: 0.5 };
  }
  if (ORG_HEADS.has(head) && THE_OR_THIS.test(p.words[0])) {
    // "the commission says": the organisation the text named with that word
    const org = orgWithWord(env.idx, head);
    if (org) return { speaker: stripThe(fullOrgName(env.idx, org)), entity: org, method: 'organisation', mention, certainty: 0.6 };
  }
  const kin = p.words.length === 2 ? env.idx.kin?.get(p.words.map((w) => w.toLowerCase()).join(' ')) : undefined;
  if (kin) return { speaker: kin.name, entity: kin, method: 'role', mention, certainty: 0.5 };
  if (NOMINAL_SPEAKERS.has(head) || ROLE_NOUNS.has(head)) {
    return { speaker: mention, entity: null, method: 'role', mention, certainty: 0.5 };
  }
  // "Powell's office said", "Holt's first five questioners": someone the possessor has, as written
  if (POSSESSED_AS_WRITTEN && (possessor.length > 0 || POSSESSIVE_DETERMINER.test(p.words[0])) && isPossessedPhrase(p.words)) {
    return { speaker: mention, entity: null, method: 'role', mention, certainty: UNLISTED_NOMINAL_CERTAINTY };
  }
  // "the moderator said", "said the 46-year-old": an unnamed source the lexicon does not list,
  // reported as written (a lower-case head after a determiner, the subject of a reporting verb)
  const last = p.words[p.words.length - 1];
  if (UNLISTED_NOMINALS && cued && p.words.length >= 2 && NOMINAL_DETERMINER.test(p.words[0])
    && ((LOWER_HEAD_WORD.test(last) && !ADJECTIVE_ENDING.test(last))
      // "said an Iowa Democrat": a party or faith after an indefinite determiner is no name
      || (AFFILIATION_HEADS && INDEFINITE.test(p.words[0]) && AFFILIATION_NOUNS.has(last.toLowerCase())))) {
    // "Ana Ruiz, the moderator, …": "the moderator said" is the person the text describes so
    if (THE_OR_THIS.test(p.words[0])) {
      const head = last.toLowerCase();
      const e = resolveRole(env, head, pos, []) ?? nearestPerson(env, genderOfRole(head), false, pos);
      if (e && e.kind === 'person' && describedAs(env, e, head, pos)) return { speaker: e.name, entity: e, method: 'role', mention, certainty: 0.6 };
    }
    return { speaker: mention, entity: null, method: 'role', mention, certainty: UNLISTED_NOMINAL_CERTAINTY };
  }
  return null;
}

const otherRoles = new WeakMap<EntityIndex, Map<Entity, Set<string>>>();
/** Whether the text gives e roles, none of them named in the phrase ("Mayor Ana Ruiz" is not "the candidate"). */
function holdsOtherRole(idx: EntityIndex, e: Entity, phrase: string[]): boolean {
  let byEntity = otherRoles.get(idx);
  if (!byEntity) {
    byEntity = new Map();
    for (const [role, list] of idx.roles) {
      if (!ROLE_NOUNS.has(role) && !TITLE_WORDS.has(role)) continue;
      for (const r of list) { const set = byEntity.get(r.entity) ?? new Set<string>(); set.add(role); byEntity.set(r.entity, set); }
    }
    otherRoles.set(idx, byEntity);
  }
  const held = byEntity.get(e);
  return !!held && !phrase.some((r) => held.has(r));
}

/** Certainty of an unnamed source read whole with its complement ("a source close to the talks"). */
const UNNAMED_PHRASE_CERTAINTY = 0.5;
/** Characters read back for "Ana Ruiz, a spokeswoman for …" when "the spokeswoman" speaks. */
const DESCRIBED_WINDOW = 1500;

/** Whether the text calls e this role in an appositive before pos ("Ana Ruiz, a spokeswoman for …"). */
function describedAs(env: ResolveEnv, e: Entity, head: string, pos: number): boolean {
  const last = e.tokens[e.tokens.length - 1];
  const win = env.text.slice(Math.max(0, pos - DESCRIBED_WINDOW), pos);
  const re = new RegExp(String.raw`^(?:['’]s)?,\s+(?:a|an|the|her|his|their|its)\s+(?:[\p{L}-]+\s+){0,3}${head}\b`, 'u');
  for (let i = win.indexOf(last); i >= 0; i = win.indexOf(last, i + 1)) {
    if (re.test(win.slice(i + last.length, i + last.length + 60))) return true;
  }
  return false;
}

/** A bare "the <role>" resolves only to someone given that role, else it is reported as written. */
const BARE_ROLE_TIED_ONLY = true;
/** "the spokesman" resolves only to someone given that role, never to the nearest person. */
const SPOKES_ROLE_ONLY = true;
/** A possessor's role noun ("Cameron's spokesman") is never the possessor: then it is reported as written. */
const POSSESSED_NOT_POSSESSOR = true;
/** A possessor's office, counsel or people outside the lexicon ("Powell's office") are returned as written. */
const POSSESSED_AS_WRITTEN = true;
/** A qualified role noun no one holds is the speaker just quoted, when there is one. */
const QUALIFIED_ROLE_LAST_SPEAKER = true;
/** Unnamed sources outside the lexicon ("the moderator") are returned as written. */
const UNLISTED_NOMINALS = true;
/** "said an Iowa Democrat", "another New Hampshire Republican added": reported as written. */
const AFFILIATION_HEADS = true;
const UNLISTED_NOMINAL_CERTAINTY = 0.4;
/** A head that reads as an adjective ("the explanatory …"): the phrase was cut before its noun. */
const ADJECTIVE_ENDING = /(?:ory|ive|ous|ic|ful|less|able|ible|ary|al)$/;
const NOMINAL_DETERMINER = /^(?:the|a|an|one|another|several|some|many|his|her|their|its|our|two|three|multiple)$/i;

/** How far back (characters) "the article" looks for "a Tribune article" / "Holt's book". */
const DOCUMENT_WINDOW = 1500;

/** The owner of the latest "X's <head>" / "a X <head>" before pos: "the report" -> who wrote it. */
function ownerOfEarlierDocument(env: ResolveEnv, headWord: string, pos: number): Omit<Resolved, 'mention' | 'certainty'> | null {
  const from = Math.max(0, pos - DOCUMENT_WINDOW);
  const win = env.text.slice(from, pos);
  const esc = headWord.replace(/[^\p{L}]/gu, '');
  if (!esc) return null;
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}.\\-]*\\s){0,3}\\p{Lu}[\\p{L}.\\-]*)(?:['\u2019]s)?\\s+(?:\\p{Ll}+\\s+)?${esc}\\b`, 'gu');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(win); m; m = re.exec(win)) last = m;
  if (!last || env.isQuoted(from + last.index)) return null;
  const name = last[1].split(/\s+/).filter((w) => !/^(?:The|A|An|This|In|On|At|Her|His|Their|Its)$/.test(w));
  if (name.length === 0) return null;
  const e = resolveNameWords(env.idx, name, pos);
  if (e) return { speaker: e.kind === 'org' ? stripThe(fullOrgName(env.idx, e)) : e.name, entity: e, method: e.kind === 'org' ? 'organisation' : 'name' };
  const org = fullestOrg(env.idx, name);
  return org ? { speaker: stripThe(org), entity: null, method: 'organisation' } : null;
}

/** Things that speak for their owner ("the Fund report", "a Tribune editorial"). */
const DOCUMENT_HEADS = new Set(['report', 'article', 'book', 'memoir', 'column', 'essay', 'piece', 'statement', 'study', 'survey', 'poll', 'memo', 'letter', 'editorial', 'website', 'ad', 'filing', 'complaint', 'release', 'analysis', 'campaign', 'brief', 'lawsuit']);

/** The most named organisation whose name contains word ("commission" -> "Election Commission"). */
function orgWithWord(idx: EntityIndex, word: string): Entity | null {
  const memo = orgMemo(idx);
  if (memo.has('word:' + word)) return memo.get('word:' + word) ?? null;
  let best: Entity | null = null;
  for (const e of idx.orgs.values()) {
    if (e.tokens.some((t) => keyOf(t) === word) && (!best || e.tokens.length > best.tokens.length)) best = e;
  }
  memo.set('word:' + word, best);
  return best;
}

/** Confidence of a first-person narrator resolved to the text's signature, author note or byline. */
const NARRATOR_CERTAINTY = 0.6;
/** Longest line read as a signature ("Jane Holt.") or a byline. */
const SIGNATURE_MAX_CHARS = 48;
/** Paragraphs at the end read for an author note ("Jane Holt is a writer in …"). */
const AUTHOR_NOTE_PARAGRAPHS = 3;
/** Paragraphs at the start read for a byline ("By Jane Holt"). */
const BYLINE_PARAGRAPHS = 4;

const NAME_RUN = String.raw`\p{Lu}[\p{L}'\u2019-]*\.?(?:\s\p{Lu}[\p{L}'\u2019.-]*){1,3}`;
const SIGNATURE = new RegExp(String.raw`^[\u2014\u2015\u2013-]?\s*(${NAME_RUN})\.?$`, 'u');
const AUTHOR_NOTE = new RegExp(String.raw`^[\u2014\u2015\u2013-]?\s*(${NAME_RUN}),?\s(?:is|was|has been|writes|teaches|served|lives)\b`, 'u');
const BYLINE = new RegExp(String.raw`^By\s(${NAME_RUN})(?:[,.]|$)`, 'u');

const FIRST_PERSON = /\b(?:I|my|me|I'm|I\u2019m)\b/;

interface Narrators { signatures: { pos: number; name: string }[]; author: string | null }
const NARRATORS = new WeakMap<EntityIndex, Narrators>();

/** A name a line gives, when every word is a name word (not "The Latest", not "FACEBOOK"). */
function nameOnly(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const words = m[1].replace(/\.$/, '').split(/\s+/);
  if (words.some((w) => CAPITALISED_STOPWORDS.has(w.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}{2,}$/u.test(w) || ORG_HEADS.has(w.toLowerCase()))) return null;
  return words.join(' ');
}

/** Signatures (letters pages), the author note at the end and the byline at the start; once per text. */
function narrators(env: ResolveEnv): Narrators {
  let n = NARRATORS.get(env.idx);
  if (n) return n;
  const { text } = env;
  const lines: { s: number; t: string }[] = [];
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const t = text.slice(s, e).trim();
    if (t) lines.push({ s, t });
    s = e + 1;
  }
  const signatures: Narrators['signatures'] = [];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.t.length > SIGNATURE_MAX_CHARS) continue;
    const name = nameOnly(SIGNATURE.exec(l.t));
    // a letter's signature follows the writer's own words ("I", "my"), not a menu or a caption
    if (name && FIRST_PERSON.test(lines[i - 1].t)) signatures.push({ pos: l.s, name });
  }
  // one signature counts only when it closes the text
  const last = lines[lines.length - 1];
  const signed = signatures.length >= 2 || (signatures.length === 1 && last && signatures[0].pos === last.s);
  let author: string | null = null;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - AUTHOR_NOTE_PARAGRAPHS && !author; i--) {
    const name = nameOnly(AUTHOR_NOTE.exec(lines[i].t));
    // the author is not written about in the body: "Jane Holt is expected to …" in news is not a note
    if (name && text.indexOf(name) >= lines[i].s) author = name;
  }
  for (let i = 0; i < lines.length && i < BYLINE_PARAGRAPHS && !author; i++) {
    if (lines[i].t.length <= SIGNATURE_MAX_CHARS + 3) author = nameOnly(BYLINE.exec(lines[i].t));
  }
  n = { signatures: signed ? signatures : [], author };
  NARRATORS.set(env.idx, n);
  return n;
}

/** Who "I" is at pos: the next signature (a letter is signed below it), else the author. */
function narratorAt(env: ResolveEnv, pos: number): string | null {
  const { signatures, author } = narrators(env);
  let lo = 0;
  let hi = signatures.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (signatures[mid].pos > pos) { ans = mid; hi = mid - 1; } else lo = mid + 1;
  }
  return ans >= 0 ? signatures[ans].name : author;
}
