/**
 * Candidate speakers for each quotation, with the features the mention ranker scores: the
 * rules' own answer (and how they found it), every person or organisation mentioned in a bounded
 * window around the quote, and the previous quote's speaker. Each window is bounded and each
 * lookup a binary search, so the cost per quote is constant.
 */
import { paragraphIndexAt, type Range } from '../../text/paragraphs';
import { isSentenceEnd } from '../../text/sentences';
import { isCapitalised, tokenize, stripPossessive } from '../../text/tokens';
import type { Attribution } from '../routes';
import { isCue } from '../cues';
import { isKnownFirstName } from '../first-names';
import { rulesProbability } from '../calibration';
import { logit } from './model';
import { F } from './feature-ids';
import { FeatureRow } from './features';
import type { Entity, Mention } from '../mentions';
import { fullOrgName, windowTokens, type ResolveEnv } from '../resolve';
import type { RawSpan } from '../spans';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const LEADING_THE = /^the\s+/;
const NOT_NAME_CHARS = /[^\p{L}\p{N} ]+/gu; // global: only passed to replace, which starts at 0
const LEADING_THE_I = /^the\s+/i;
const SENTENCE_BREAK = /[.!?\n]/;
const CUE_AUXILIARY = /^(?:has|had|have|also|later|then|would|will|is|was|once|again|previously)$/;
const LETTER = /\p{L}/u;

/** Characters before a quote read for candidate mentions. */
const BEFORE_CHARS = 1500;
/** Most mentions read before a quote (nearest first). */
const BEFORE_MENTIONS = 30;
/** Characters after a quote's close read for a trailing speaker ("…,” said Holt"). */
const AFTER_CHARS = 300;
/** Most mentions read after a quote's close. */
const AFTER_MENTIONS = 6;
/** Words a cue may sit from a mention and still be its verb ("Holt has also said", "said Sen. Holt"). */
const CUE_REACH_CHARS = 28;

export type Features = Record<string, number>;

export class Candidate {
  /** The features by id, in the order set: what the ranker scores. */
  readonly row = new FeatureRow();
  private named: Features | null = null;

  constructor(
    /** The name reported if this candidate wins. */
    public speaker: string,
    public entity: Entity | null,
    /** The mention the candidate was read from, as written (for the evidence). */
    public mention: string | null,
  ) {}

  /** The features by name, built on first read (training and error reports; ranking reads row). */
  get features(): Features {
    return (this.named ??= this.row.toRecord());
  }
}

export interface CandidateSet {
  span: RawSpan;
  candidates: Candidate[];
}

const normKey = (s: string): string => s.toLowerCase().replace(LEADING_THE, '').replace(NOT_NAME_CHARS, '').trim();
const stripThe = (s: string): string => s.replace(LEADING_THE_I, '');
const log1 = (x: number): number => Math.log(1 + Math.max(0, x));

function nameOf(env: ResolveEnv, e: Entity): string {
  return e.kind === 'org' ? stripThe(fullOrgName(env.idx, e)) : e.name;
}

/** Sentence ends of a text (positions of their punctuation), found once. */
function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 10) && (c === 10 || isSentenceEnd(text, i))) out.push(i);
  }
  return out;
}

/** How many of the sorted positions lie below pos. */
function countBelow(sorted: number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Paragraph at pos, or the one before it when pos falls between paragraphs. */
function paraAt(paras: Range[], pos: number): number {
  const i = paragraphIndexAt(paras, pos);
  if (i >= 0) return i;
  let lo = 0;
  let hi = paras.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].start <= pos) lo = mid + 1; else hi = mid;
  }
  return Math.max(0, lo - 1);
}

function firstMentionFrom(mentions: Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].s < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

interface Seen {
  entity: Entity;
  before: Mention | null;
  beforeRank: number;
  /** Rank among the people (not organisations) read back from the quote. */
  personRank: number;
  /** Rank of its nearest subject mention among the subjects read back. */
  subjRank: number;
  /** Rank among the people whose gender fits the rules' pronoun (0: none or does not fit). */
  genderRank: number;
  genderSubjRank: number;
  /** Rank of its nearest mention that opens a sentence among the sentence openers read back. */
  openerRank: number;
  after: Mention | null;
  afterRank: number;
  inside: boolean;
}

/** Cue verb right after a mention ("Holt said", "Holt, 54, told") or right before it ("said Holt"). */
function cueNext(env: ResolveEnv, m: Mention): boolean {
  const text = env.text;
  const toks = windowTokens(env, m.e, Math.min(text.length, m.e + CUE_REACH_CHARS));
  for (let k = 0; k < toks.length && k < 3; k++) {
    if (isCue(toks[k].w)) return !SENTENCE_BREAK.test(text.slice(m.e, toks[k].s));
    if (!CUE_AUXILIARY.test(toks[k].w)) return false;
  }
  return false;
}
function cuePrev(env: ResolveEnv, m: Mention): boolean {
  const text = env.text;
  const toks = windowTokens(env, Math.max(0, m.s - CUE_REACH_CHARS), m.s);
  for (let k = toks.length - 1; k >= 0 && k >= toks.length - 3; k--) {
    if (isCue(toks[k].w)) return !SENTENCE_BREAK.test(text.slice(toks[k].e, m.s));
  }
  return false;
}

export interface RankContext {
  env: ResolveEnv;
  paras: Range[];
  ends: number[];
  /** Lower-case words of the text: a one-word "name" also written in lower case ("Earlier") is suspect. */
  lowerWords?: Set<string>;
  cueMemo: Map<Mention, number>;
  topSpoke?: number;
}

export function rankContext(env: ResolveEnv, paras: Range[]): RankContext {
  return { env, paras, ends: sentenceEnds(env.text), cueMemo: new Map() };
}

function cueBits(ctx: RankContext, m: Mention): number {
  let v = ctx.cueMemo.get(m);
  if (v === undefined) {
    v = (cueNext(ctx.env, m) ? 1 : 0) | (cuePrev(ctx.env, m) ? 2 : 0);
    ctx.cueMemo.set(m, v);
  }
  return v;
}

function lowerElsewhere(ctx: RankContext, e: Entity): boolean {
  if (e.tokens.length !== 1) return false;
  // every lower-case word of the text, collected once (linear), on first need
  if (!ctx.lowerWords) {
    ctx.lowerWords = new Set();
    for (const t of ctx.env.tokens ?? tokenize(ctx.env.text)) if (!isCapitalised(t.w)) ctx.lowerWords.add(t.w);
  }
  return ctx.lowerWords.has(stripPossessive(e.tokens[0]).toLowerCase());
}

const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', she: 'f', her: 'f' };

/** A one-word "name" shaped like a participle or adverb ("Speaking", "Earlier", "Hours"). */
const WORD_SHAPED = /^\p{Lu}\p{Ll}+(?:ing|ly|ed|er|s)$/u;

// module functions rather than closures per quote: no allocation per call
function seenOf(seen: Map<Entity, Seen>, e: Entity): Seen {
  let s = seen.get(e);
  if (!s) { s = { entity: e, before: null, beforeRank: 0, personRank: 0, subjRank: 0, genderRank: 0, genderSubjRank: 0, openerRank: 0, after: null, afterRank: 0, inside: false }; seen.set(e, s); }
  return s;
}

/** The candidate for a speaker (one per normalised name), added in first-seen order. */
function addCandidate(out: Candidate[], byKey: Map<string, Candidate>, speaker: string, entity: Entity | null, mention: string | null): Candidate {
  const key = normKey(speaker);
  let c = byKey.get(key);
  if (!c) { c = new Candidate(speaker, entity, mention); byKey.set(key, c); out.push(c); }
  return c;
}

/** Whether a mention opens its sentence (nothing but spaces and marks since the sentence end before it). */
function opensSentence(ctx: RankContext, m: Mention): boolean {
  const k = countBelow(ctx.ends, m.s);
  const from = k > 0 ? ctx.ends[k - 1] + 1 : 0;
  return m.s - from < 8 && !LETTER.test(ctx.env.text.slice(from, m.s));
}

/** Quotes read on each side for the paragraph's other speakers. */
const PARA_QUOTES = 6;

/** Counts quote j's rule speaker on its candidate when j lies in paragraph para; false once it does not. */
function paraMates(ctx: RankContext, spans: RawSpan[], attrs: Attribution[], j: number, para: number, byKey: Map<string, Candidate>): boolean {
  if (paraAt(ctx.paras, spans[j].open) !== para) return false;
  const r = attrs[j].resolved;
  const c = r?.speaker ? byKey.get(normKey(r.speaker)) : undefined;
  if (c) c.row.set(F.paraRuleCount, (c.row.get(F.paraRuleCount) ?? 0) + 1);
  return true;
}

/** The most quotes the rules credit to one entity of the text (computed once per text). */
function topSpoke(ctx: RankContext, attrs: Attribution[]): number {
  if (ctx.topSpoke === undefined) {
    let top = 0;
    for (const a of attrs) top = Math.max(top, a.resolved?.entity?.spoke ?? 0);
    ctx.topSpoke = top;
  }
  return ctx.topSpoke;
}

/** The candidates for span i, given the rules' attribution of it and of the quote before. */
export function candidatesFor(ctx: RankContext, spans: RawSpan[], attrs: Attribution[], i: number): Candidate[] {
  const { env, paras, ends } = ctx;
  const { text, idx } = env;
  const sp = spans[i];
  const rule = attrs[i];
  const prev = i > 0 ? attrs[i - 1] : null;
  const qPara = paraAt(paras, sp.open);
  const qSent = countBelow(ends, sp.open);
  const closePara = paraAt(paras, Math.max(sp.open, sp.after - 1));
  const closeSent = countBelow(ends, Math.max(sp.open, sp.after - 1));
  const opensPara = sp.open === paras[qPara]?.start;
  const seen = new Map<Entity, Seen>();
  const ms = idx.mentions;
  const at = firstMentionFrom(ms, sp.open);
  // the gender of the pronoun the rules read as the speaker ("…,” she said)
  const pron = rule.resolved ? PRONOUN_GENDER[rule.resolved.mention.toLowerCase()] : undefined;
  // antecedents of a pronoun are read back from the pronoun itself ("She added: “…”")
  const pronAt = pron && rule.resolved!.at !== undefined && rule.resolved!.at < sp.open ? rule.resolved!.at : sp.open;
  let rank = 0;
  let persons = 0;
  let subjects = 0;
  let fits = 0;
  let fitSubjects = 0;
  let openers = 0;
  for (let k = at - 1, n = 0; k >= 0 && n < BEFORE_MENTIONS; k--, n++) {
    const m = ms[k];
    if (sp.open - m.s > BEFORE_CHARS) break;
    if (env.isQuoted(m.s)) continue;
    const e = m.entity;
    const s = seenOf(seen, e);
    if (!s.before) { s.before = m; s.beforeRank = ++rank; if (e.kind === 'person') s.personRank = ++persons; }
    const subj = m.subject && !m.object;
    if (subj && !s.subjRank) s.subjRank = ++subjects;
    if (!s.openerRank && opensSentence(ctx, m)) s.openerRank = ++openers;
    if (pron && m.s < pronAt && e.kind === 'person' && (!e.gender || e.gender === pron)) {
      if (!s.genderRank) s.genderRank = ++fits;
      if (subj && !s.genderSubjRank) s.genderSubjRank = ++fitSubjects;
    }
  }
  let k = at;
  for (; k < ms.length && ms[k].s < sp.after; k++) seenOf(seen, ms[k].entity).inside = true;
  rank = 0;
  for (let n = 0; k < ms.length && n < AFTER_MENTIONS; k++, n++) {
    const m = ms[k];
    if (m.s - sp.after > AFTER_CHARS || paraAt(paras, m.s) !== closePara) break;
    if (env.isQuoted(m.s)) continue;
    const s = seenOf(seen, m.entity);
    if (!s.after) { s.after = m; s.afterRank = ++rank; }
  }

  const out: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  for (const s of seen.values()) {
    const e = s.entity;
    const m = s.before ?? s.after;
    const c = addCandidate(out, byKey, nameOf(env, e), e, m ? text.slice(m.s, m.e) : null);
    const f = c.row;
    f.set(e.kind === 'org' ? F.typeOrg : F.typePerson, 1);
    if (e.strong) f.set(F.entStrong, 1);
    f.set(F.entLogcount, log1(e.count));
    if (e.tokens.length > 1) f.set(F.entFull, 1);
    else f.set(F.entSingle, 1);
    if (e.gender) f.set(F.entGender, 1);
    if (isKnownFirstName(e.tokens[0])) f.set(F.entFirstKnown, 1);
    if ((e.spoke ?? 0) > 0) { f.set(F.entSpoke, 1); f.set(F.entLogspoke, log1(e.spoke ?? 0)); }
    if (e.tokens.length === 1 && lowerElsewhere(ctx, e)) f.set(F.entLowerElsewhere, 1);
    if (e.tokens.length === 1 && !isKnownFirstName(e.tokens[0]) && WORD_SHAPED.test(e.tokens[0])) f.set(F.entWordShaped, 1);
    const spoke = e.spoke ?? 0;
    if (spoke > 0 && spoke >= topSpoke(ctx, attrs)) f.set(F.entTopSpeaker, 1);
    if (s.inside && !s.before && !s.after) f.set(F.insideOnly, 1);
    else if (s.inside) f.set(F.insideAlso, 1);
    if (s.before) {
      const b = s.before;
      const bits = cueBits(ctx, b);
      const para = paraAt(paras, b.s);
      const sentBack = qSent - countBelow(ends, b.s);
      f.set(F.bHas, 1);
      f.set(F.bLogdist, log1(sp.open - b.e) / 7);
      f.set(F.bRank[Math.min(s.beforeRank, 4)], 1);
      f.set(F.bSent[Math.min(sentBack, 3)], 1);
      f.set(F.bPara[Math.min(qPara - para, 3)], 1);
      if (b.subject) f.set(F.bSubject, 1);
      if (b.object) f.set(F.bObject, 1);
      if (b.speaking) f.set(F.bSpeaking, 1);
      if (bits & 1) f.set(F.bCueNext, 1);
      if (bits & 2) f.set(F.bCuePrev, 1);
      if (sentBack === 0 && bits & 1) f.set(F.bSameSentCue, 1);
      if (opensPara && qPara - para === 1 && bits) f.set(F.bPrevParaCue, 1);
      if (s.personRank) f.set(F.personRank[Math.min(s.personRank, 3)], 1);
      if (s.subjRank) f.set(F.subjRank[Math.min(s.subjRank, 3)], 1);
      if (s.genderRank) f.set(F.genderRank[Math.min(s.genderRank, 3)], 1);
      if (s.genderSubjRank) f.set(F.genderSubjRank[Math.min(s.genderSubjRank, 3)], 1);
      if (s.openerRank) f.set(F.openerRank[Math.min(s.openerRank, 3)], 1);
    }
    if (s.after) {
      const a = s.after;
      const bits = cueBits(ctx, a);
      const sentFwd = countBelow(ends, a.s) - closeSent;
      f.set(F.aHas, 1);
      f.set(F.aLogdist, log1(a.s - sp.after) / 6);
      f.set(F.aRank[Math.min(s.afterRank, 3)], 1);
      f.set(F.aSent[Math.min(sentFwd, 2)], 1);
      if (a.subject) f.set(F.aSubject, 1);
      if (a.object) f.set(F.aObject, 1);
      if (a.speaking) f.set(F.aSpeaking, 1);
      if (bits & 1) f.set(F.aCueNext, 1);
      if (bits & 2) f.set(F.aCuePrev, 1);
      if (sentFwd === 0 && bits) f.set(F.aSameSentCue, 1);
    }
  }
  if (rule.resolved?.speaker) {
    const r = rule.resolved;
    const c = addCandidate(out, byKey, r.entity ? nameOf(env, r.entity) : r.speaker!, r.entity, r.mention);
    // the rule's exact string wins over the entity name when they normalise alike
    c.speaker = r.speaker!;
    const f = c.row;
    // a name the index does not hold ("Truss" said once) is still a name; "a spokesman" is not
    if (!r.entity) f.set(r.method === 'name' || r.method === 'surname' || r.method === 'organisation' ? F.typeUnindexedName : F.typeNominal, 1);
    if (/^i$/i.test(r.mention)) f.set(F.ruleNarrator, 1);
    f.set(F.rule, 1);
    f.set(F.ruleHow(rule.how), 1);
    f.set(F.ruleMethod(r.method), 1);
    f.set(F.ruleHowMethod(`${rule.how}/${r.method}`), 1);
    f.set(F.ruleConf, rule.confidence);
    // the rules' calibrated probability, as a log-odds (also what an override must beat)
    f.set(F.ruleP, logit(rulesProbability(rule)));
    if (rule.cue) f.set(F.ruleCue, 1);
    const g = PRONOUN_GENDER[r.mention.toLowerCase()];
    if (g) f.set(F.rulePronoun, 1);
  }
  // gender agreement with the pronoun the rules read as the speaker ("…,” she said)
  if (pron) {
    for (const c of out) {
      const g = c.entity?.gender;
      if (c.entity?.kind !== 'person') c.row.set(F.pronNotPerson, 1);
      else if (!g) c.row.set(F.pronUnknown, 1);
      else c.row.set(g === pron ? F.pronAgree : F.pronClash, 1);
    }
  }
  if (prev?.resolved?.speaker) {
    const key = normKey(prev.resolved.speaker);
    const c = byKey.get(key) ?? addCandidate(out, byKey, prev.resolved.speaker, prev.resolved.entity, prev.resolved.mention);
    const prevPara = paraAt(paras, Math.max(spans[i - 1].open, spans[i - 1].after - 1));
    c.row.set(F.prev, 1);
    c.row.set(F.prevPara[Math.min(qPara - prevPara, 2)], 1);
    if (opensPara) c.row.set(F.prevOpensPara, 1);
    if (!rule.resolved) c.row.set(F.prevRuleNone, 1);
  }
  // the next quote's own speaker, when the rules found it by a cue (not carried): a run of quotes
  // often names its speaker only once ("“…” “…,” Holt said.")
  const next = i + 1 < spans.length ? attrs[i + 1] : null;
  if (next?.resolved?.speaker && next.how !== 'carry') {
    const nextPara = paraAt(paras, spans[i + 1].open);
    if (nextPara - closePara <= 1) {
      const c = byKey.get(normKey(next.resolved.speaker)) ?? addCandidate(out, byKey, next.resolved.speaker, next.resolved.entity, next.resolved.mention);
      c.row.set(F.next, 1);
      c.row.set(F.nextPara[Math.min(nextPara - closePara, 2)], 1);
    }
  }
  // how many other quotes of this paragraph the rules credit to each candidate
  for (let j = i - 1, n = 0; j >= 0 && n < PARA_QUOTES; j--, n++) if (!paraMates(ctx, spans, attrs, j, qPara, byKey)) break;
  for (let j = i + 1, n = 0; j < spans.length && n < PARA_QUOTES; j++, n++) if (!paraMates(ctx, spans, attrs, j, qPara, byKey)) break;
  if (!rule.resolved) for (const c of out) c.row.set(F.none[(c.row.get(F.bHas) ? 1 : 0) | (c.row.get(F.aHas) ? 2 : 0)], 1);
  return out;
}
