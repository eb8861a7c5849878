/**
 * The ways a single quote finds its speaker, each reading one bounded window: a cue after the
 * quote, a cue before it in its sentence, a transcript label inside it, or a previous sentence
 * that ends on its cue. attribute.ts decides which to try and in what order.
 */
import { isCapitalised, stripPossessive, type Token } from '../text/tokens';
import { findContext } from './context';
import { CUE_NOUNS, NOMINAL_SPEAKERS, ORG_HEADS, PREPOSITIONS, ROLE_NOUNS } from './lexicon';
import { isCue, lw, phraseAfter, phraseEndingAt, sentenceSubject, subjectBefore, type SpeakerPhrase } from './cues';
import { resolvePhrase, windowTokens, type Resolved, type ResolveEnv } from './resolve';
import { isLoneCommonWord } from './common-words';
import { DOCUMENT_HEADS } from './phrase';
import type { RawSpan } from './spans';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const LAST_WORD_BEFORE = /(\p{L}+)\s+$/u;
const THE_WORD = /^the$/i;
const ENDS_IN_S = /s$/;
const ARTICLE_WORD = /^(?:the|a|an)$/i;
const CLAUSE_ENDS_NEXT = /^\s*(?:[.,;!?\u2014]|$)/;
const INFLECTED_ENDING = /(?:s|ed)$/;
const CLAUSE_PUNCT = /[,.;:]/;
const QUOTE_ENDS_IN_COMMA_OR_MARK = /[,?!—]\s*$/;
const COMMA_AS_BEFORE = /,\s*(?:as\s+)?$/;
const ANY_CLAUSE_PUNCT = /[,.;:!?]/;
const INITIALS = /\b\p{L}\./gu; // global: only passed to replace, which starts at 0
const ENDS_IN_COMMA_OR_DASH = /[,\u2014]\s*$/;
const STARTS_WITH_COMMA = /^,/;
const ENDS_IN_COMMA = /,\s*$/;
const ING_ENDING_I = /ing$/i;
const COMMA = /,/;
const AGREE_FORMS = /^agree[sd]?$/;
const CONTINUE_FORMS = /^continues?$/;
const ING_ENDING = /ing$/;
const COMMA_OR_PAREN = /[,)]/;

export interface Attribution {
  resolved: Resolved | null;
  cue: string | null;
  confidence: number;
  context: string | null;
  how: 'after' | 'before' | 'colon' | 'carry' | 'none';
  /** The mention ranker's speaker: where the rules had none (fill) or in place of theirs (override). */
  ranked?: 'fill' | 'override';
}
/** A cue after the quote must come within this many tokens ("the former secretary of state said"). */
const AFTER_CUE_TOKENS = 9;
/** …or this far when the speaker is a name set off by an appositive ("X, the attorney general of Y, said"). */
const AFTER_CUE_TOKENS_APPOSITIVE = 22;
/** Cues tried (nearest first) before giving up on the lead-in of a quote. */
const MAX_CUES_TRIED = 4;
/** Confidence of a trailing cue credited to the next sentence's quote (as for carried speakers). */
const TRAILING_CUE_CERTAINTY = 0.7;
/** A cue this close to the end of the previous sentence speaks for a quote that follows it. */
const TRAILING_CUE_TOKENS = 3;

/** A previous sentence's main cue within this many tokens of its start credits the next quote. */
const LEAD_CUE_TOKENS = 12;

/** Longest transcript speaker label read at the start of a quote ("MR. TRUMP:"). */
const LABEL_MAX_CHARS = 40;
const TRANSCRIPT_LABEL = /^((?:[A-Z][A-Z'\u2019.-]+ ){0,2}[A-Z][A-Z'\u2019-]{2,}):\s/;
/** Words of description read between an inverted cue and the name ("said 9/11 widow Jane Doe"). */
const INVERTED_DESCRIPTION_TOKENS = 4;
/** Confidence of a name that follows a quote ending in a comma when its cue is out of reach. */
const NAME_AFTER_COMMA_CERTAINTY = 0.6;
const DASH_LEAD = /^\s*[\u2014\u2015\u2013-]\s*$/;
/** Confidence of a speaker taken from the sentence subject when no reporting cue is found. */
const SUBJECT_ONLY_CERTAINTY = 0.5;
/** Farthest (in words) a cue-less quote may sit from the sentence subject it is credited to. */
const SUBJECT_FALLBACK_MAX_TOKENS = 24;
/** A word before a cue word that makes it a noun ("the states", "their claims"). */
const NOUN_LEAD = /^(?:the|a|an|its|their|his|her|our|these|those|of|many|some|two|three)$/i;
const SUBORDINATOR = /\b(?:when|while|after|before|because|if|since|although|though|until|unless|whereas)\s/i;
const ONLY_PUNCT = /^[\s,;\u2014\u2013-]*$/;

/**
 * Whether the cue is plainly a reporting verb of the phrase, so that an unlisted noun phrase may
 * be its speaker ("the moderator said"): not a participle ("a sign reading"), not a bare form after
 * a singular noun ("the fish counter"), not a colon, "according to" or a cue-less sentence subject.
 */
function governsUnlisted(text: string, cue: Token | string, ph: SpeakerPhrase): boolean {
  // "in the past described", "of the report said": a prepositional object is not the subject
  const before = LAST_WORD_BEFORE.exec(text.slice(Math.max(0, ph.s - 16), ph.s));
  // "the retired neurosurgeon said" is usually someone named earlier (reviewed gold resolves it);
  // "the organizers", "a man", "one person" stand as written
  // …but "the 46-year-old said" and "the conservative-leaning newspaper wrote" name no one the
  // text resolves a role to: an age or an outlet, organisation or document is returned as written
  const last = lw(ph.words[ph.words.length - 1]);
  if (THE_WORD.test(ph.words[0]) && !ENDS_IN_S.test(last) && !(UNLISTED_THE_SINGULAR && ((THE_SINGULAR_ALL && !ORG_HEADS.has(last)) || AGE_PHRASE.test(last) || NON_PERSON_HEADS.has(last)))) return false;
  // "such “low-hanging fruit” …, according to several industry surveys": too often a term's context
  // …but "according to the newspaper" names no term: an outlet or document is its source
  if (typeof cue === 'string') return ACCORDING_TO_OUTLET && cue === 'according to' && ARTICLE_WORD.test(ph.words[0])
    && (NON_PERSON_HEADS.has(last) || DOCUMENT_HEADS.has(last));
  if (before && PREPOSITIONS.has(lw(before[1]))) return false;
  // "…,” said the 46-year-old.": an inverted speaker ends the clause ("described the impact as" does not)
  if (ph.s > cue.s && !CLAUSE_ENDS_NEXT.test(text.slice(ph.e, ph.e + 3))) return false;
  const w = lw(cue.w);
  if (w.endsWith('ing') || CUE_NOUNS.has(w)) return false;
  // "the email goes on to say": the inflection is on "goes"
  const inflected = INFLECTED_ENDING.test(w) || IRREGULAR_PAST.has(w) || GONE_ON_TO.test(text.slice(Math.max(0, cue.s - 20), cue.s));
  return inflected || ENDS_IN_S.test(ph.words[ph.words.length - 1]);
}
/** "The <age>" and "the <outlet/organisation/document>" are unnamed speakers as written (see governsUnlisted). */
const UNLISTED_THE_SINGULAR = true;
/** "according to the newspaper" is reported as written (other unlisted phrases after it are not). */
const ACCORDING_TO_OUTLET = true;
/**
 * Any other "the <singular>" too ("the moderator said", "the suit reads"): resolvePhrase still
 * gives it to someone the text describes so. Not an organisation word ("the union"): left to the
 * organisation the text names (the ranker fills it; reviewed gold names it).
 */
const THE_SINGULAR_ALL = true;
const AGE_PHRASE = /^\d+-year-old$/;
/** Outlets and documents outside NOMINAL_SPEAKERS (whose heads resolve before this check). */
const NON_PERSON_HEADS = new Set(['newspaper', 'paper', 'publication', 'outlet', 'magazine', 'network', 'station', 'channel', 'broadcaster',
  'blog', 'email', 'release', 'petition', 'document']);
const GONE_ON_TO = /\b(?:goes|went|continues|continued) (?:on )?to\s+$/;
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'read', 'put', 'thought', 'felt', 'knew', 'saw', 'made', 'gave', 'went', 'became', 'began', 'swore', 'cried', 'replied', 'tweeted']);

function finish(env: ResolveEnv, ph: SpeakerPhrase | null, cue: Token | string, how: Attribution['how'], pos: number, windowText: string): Attribution | null {
  if (!ph) return null;
  const resolved = resolvePhrase(env, ph, pos, governsUnlisted(env.text, cue, ph));
  if (!resolved || !resolved.speaker) return null;
  resolved.at = ph.s;
  const cueText = typeof cue === 'string' ? cue : cue.w;
  const weight = how === 'colon' ? 0.95 : 1;
  return { resolved, cue: cueText, confidence: resolved.certainty * weight, context: findContext(windowText), how };
}

/** "…," Smith said / "…," said Smith / "…," the senator, a Republican, added. */
export function attributeAfter(env: ResolveEnv, from: number, to: number, quoteText: string): Attribution | null {
  const { text } = env;
  const toks = windowTokens(env, from, to);
  if (toks.length === 0) return null;
  const win = text.slice(from, to);
  if (isCue(toks[0].w) && ONLY_PUNCT.test(text.slice(from, toks[0].s))) {
    const ceil = Math.min(toks.length, 1 + AFTER_CUE_TOKENS);
    let ph = phraseAfter(text, toks, 1, ceil);
    // "said longtime 9/11 widow Jane Doe": read past a short description to the name
    for (let k = 2; !ph && k <= INVERTED_DESCRIPTION_TOKENS && k < ceil; k++) {
      if (CLAUSE_PUNCT.test(text.slice(toks[k - 1].s, toks[k].s))) break;
      if (isCapitalised(toks[k].w)) ph = phraseAfter(text, toks, k, ceil);
    }
    return finish(env, ph, toks[0], 'after', toks[0].s, win);
  }
  // "“This is fantastic!” beamed Jane Holt of Madison": a past-tense verb the cue list lacks,
  // between a direct quote and a known person's name that ends the clause, is an inverted cue
  if (QUOTE_ENDS_IN_COMMA_OR_MARK.test(quoteText) && PAST_TENSE.test(toks[0].w) && toks.length > 1 && ONLY_PUNCT.test(text.slice(from, toks[0].s))
    && text.slice(toks[0].e, toks[1].s) === ' ') {
    const ph = phraseAfter(text, toks, 1, Math.min(toks.length, 1 + AFTER_CUE_TOKENS));
    if (ph && ph.kind === 'name' && CLAUSE_END_AFTER_NAME.test(text.slice(ph.e, ph.e + 4))) {
      const r = finish(env, ph, toks[0], 'after', toks[0].s, win);
      if (r && r.resolved?.entity?.kind === 'person') return r;
    }
  }
  for (let j = 0; j + 2 < Math.min(toks.length, AFTER_CUE_TOKENS_APPOSITIVE); j++) {
    // "…” at 200 schools, according to the organiser, the Harbor Union
    if (lw(toks[j].w) === 'according' && lw(toks[j + 1].w) === 'to') {
      const r = finish(env, accordingTo(text, toks, j + 2), 'according to', 'after', toks[j].s, win);
      if (r) return r;
    }
  }
  if (DASH_LEAD.test(text.slice(from, toks[0].s))) {
    // signature style: "…” ― Jane Doe
    const ph = phraseAfter(text, toks, 0, Math.min(toks.length, AFTER_CUE_TOKENS));
    if (ph && ph.kind === 'name') return finish(env, ph, '\u2015', 'after', toks[0].s, win);
  }
  for (let v = 1; v < Math.min(toks.length, AFTER_CUE_TOKENS_APPOSITIVE); v++) {
    if (!isCueAt(toks, v)) continue;
    const ph = subjectBefore(text, toks, v, 0);
    if (!ph) {
      const inv = INVERTED_AFTER_CLAUSE ? invertedAfterComma(text, toks, v) : null;
      if (inv) return finish(env, inv, toks[v], 'after', toks[v].s, win);
      if (CUE_NOUNS.has(toks[v].w)) continue; // "the agency report stated": "report" is the noun
      if (NOUN_LEAD.test(toks[v - 1].w)) continue; // "one of the states in the case": a noun, not a cue
      return null;
    }
    if (v >= AFTER_CUE_TOKENS && !(ph.kind === 'name' && ONLY_PUNCT.test(text.slice(from, ph.s)))) break;
    const lead = text.slice(from, ph.s);
    if (CUE_NOUNS.has(toks[v].w) && /\b(?:a|an|the|his|her|its|their)\s+$/.test(lead)) continue; // "a Jane Holt tweet"
    // "…,” when Holt blasted him": a subordinate clause after the quote has its own subject
    const setOff = ONLY_PUNCT.test(lead) || COMMA_AS_BEFORE.test(lead)
      || (ph.kind === 'name' && !ANY_CLAUSE_PUNCT.test(lead.replace(INITIALS, '')) && !SUBORDINATOR.test(lead));
    if (!setOff) return null;
    return finish(env, ph, toks[v], 'after', toks[v].s, win);
  }
  // "…,” Jane Doe, the attorney general of a state that sued, … (cue out of reach)
  if (ENDS_IN_COMMA_OR_DASH.test(quoteText) && ONLY_PUNCT.test(text.slice(from, toks[0].s))) {
    const ph = phraseAfter(text, toks, 0, Math.min(toks.length, AFTER_CUE_TOKENS));
    const next = ph && text.slice(ph.e, ph.e + 2);
    if (ph && ph.kind === 'name' && ph.words.length > 1 && next && STARTS_WITH_COMMA.test(next)) {
      const r = finish(env, ph, '', 'after', ph.s, win);
      if (r) return { ...r, cue: null, confidence: r.confidence * NAME_AFTER_COMMA_CERTAINTY };
    }
  }
  // "“…?” Holt went on", "“…,” an angry Holt retaliated": a known person right after the quote,
  // before a verb the cue list lacks, is its speaker (rather than the previous quote's)
  if (VERB_AFTER_NAME && QUOTE_ENDS_IN_COMMA_OR_MARK.test(quoteText) && ONLY_PUNCT.test(text.slice(from, toks[0].s))) {
    const ph = phraseAfter(text, toks, 0, Math.min(toks.length, AFTER_NAME_TOKENS));
    const at = ph ? toks.findIndex((t) => t.s >= ph.e) : -1;
    if (ph && ph.kind === 'name' && at > 0 && text.slice(ph.e, toks[at].s) === ' ' && /^\p{Ll}+$/u.test(toks[at].w) && !NOT_A_VERB.test(toks[at].w)) {
      const r = finish(env, ph, '', 'after', ph.s, win);
      if (r && r.resolved?.entity?.kind === 'person') return { ...r, cue: null, confidence: r.confidence * NAME_AFTER_COMMA_CERTAINTY };
    }
  }
  return null;
}

/** "“…” about the decision, said Jane Holt, …": an inverted cue after the quote's clause. */
const INVERTED_AFTER_CLAUSE = true;

/**
 * The name after a cue verb that follows a comma, when the name ends its clause: the quote's
 * sentence goes on past the quote and is reported by an inverted cue ("“…” about the plan,
 * said Jane Holt, director of …"; "“…,” in contrast to …, says Tom Pratt, a scientist").
 */
function invertedAfterComma(text: string, toks: Token[], v: number): SpeakerPhrase | null {
  const w = lw(toks[v].w);
  if (w.endsWith('ing') || CUE_NOUNS.has(w) || !ENDS_IN_COMMA.test(text.slice(toks[v - 1].e, toks[v].s)) || text.slice(toks[v].e, toks[v + 1]?.s ?? toks[v].e) !== ' ') return null;
  const ceil = Math.min(toks.length, v + 1 + AFTER_CUE_TOKENS);
  let ph = phraseAfter(text, toks, v + 1, ceil);
  for (let k = v + 2; !ph && k <= v + INVERTED_DESCRIPTION_TOKENS && k < ceil; k++) {
    if (CLAUSE_PUNCT.test(text.slice(toks[k - 1].s, toks[k].s))) break;
    if (isCapitalised(toks[k].w)) ph = phraseAfter(text, toks, k, ceil);
  }
  return ph && ph.kind === 'name' && CLAUSE_END_AFTER_NAME.test(text.slice(ph.e, ph.e + 4)) ? ph : null;
}

/** A known person after a quote, before an uncatalogued verb, speaks it. */
const VERB_AFTER_NAME = true;
/** Tokens read after the quote for that person ("an angry Holt"). */
const AFTER_NAME_TOKENS = 4;
const NOT_A_VERB = /^(?:and|or|but|of|in|on|at|to|for|with|from|by|as|is|was|who|which|that|the|a|an|s|also)$/;
/** A regular past tense ("beamed", "surmised"): the form a reporting verb takes around a quote. */
const PAST_TENSE = /^\p{Ll}{2,}ed$/u;
/** After an inverted speaker's name: the clause ends, or an origin or appositive follows. */
const CLAUSE_END_AFTER_NAME = /^(?:\s*[.,;!?\u2014(]| of |$)/;

/** Smith said: "…" / Smith said the plan was "…" / according to Smith, "…" / Smith: "…". */
export function attributeBefore(env: ResolveEnv, from: number, to: number): Attribution | null {
  const { text } = env;
  // words inside earlier quotations of the same sentence are not the narrator's cue
  const toks = windowTokens(env, from, to).filter((t) => !env.isQuoted(t.s));
  if (toks.length === 0) return null;
  const win = text.slice(from, to);
  const tail = text.slice(toks[toks.length - 1].e, to);
  if (tail.includes(':')) {
    const last = toks.length - 1;
    // "Rep. Jane Holt (D-Ore.): “…”": the name before the parenthesis
    const paren = COLON_PARENTHESIS && /\)\s*:\s*$/.test(tail) ? openingParenthesis(text, toks) : -1;
    const atColon = isCue(toks[last].w) ? null
      : paren > 0 ? subjectBefore(text, toks, paren, Math.max(0, paren - 5)) : subjectBefore(text, toks, toks.length, Math.max(0, toks.length - 5));
    // "Priebus told Fox News:", "Palmieri said in a statement:", "as Cornyn put it:": the phrase
    // before the colon is the object of the cue; the cue's own subject (read below) speaks
    // "Responding to …, Holt's aide rallied supporters, saying:": a participle's subject is the
    // main clause's (read by the cue loop below), not the words between the commas before it
    const participle = PARTICIPLE_COLON && ING_ENDING_I.test(toks[last].w) && last > 0 && COMMA.test(text.slice(toks[last - 1].e, toks[last].s));
    const r = participle ? null : isCue(toks[last].w)
      ? finish(env, subjectBefore(text, toks, last, 0), toks[last], 'colon', toks[last].s, win)
      : atColon && objectOfCue(text, toks, atColon) ? null : finish(env, atColon, ':', 'colon', to, win);
    if (r) return r;
    // "Jane Holt echoed: “…”": a past-tense verb right before the colon, after a name or pronoun
    if (last > 0 && PAST_TENSE.test(toks[last].w) && /^:\s*$/.test(tail)) {
      const ph = subjectBefore(text, toks, last, 0);
      const rv = ph && ph.kind !== 'noun' ? finish(env, ph, toks[last], 'colon', toks[last].s, win) : null;
      if (rv) return rv;
    }
    // "the report’s advice is simple: “…”", "Holt’s message was clear: “…”": the owner speaks
    const owned = speechOwner(text, toks);
    const ro = owned && finish(env, owned, ':', 'colon', to, win);
    if (ro) return ro;
  }
  for (let j = 0; j + 2 < toks.length; j++) {
    if (lw(toks[j].w) === 'according' && lw(toks[j + 1].w) === 'to') {
      return finish(env, accordingTo(text, toks, j + 2), 'according to', 'before', toks[j].s, win);
    }
  }
  // "Said Jane Holt, who grew up with him, “…”": a sentence opening on its cue, then the speaker
  const inverted = invertedLead(text, toks);
  if (inverted) {
    const r = finish(env, inverted, toks[0], 'before', toks[0].s, win);
    if (r) return r;
  }
  // verbs first, nearest first; then cue nouns ("Holt's claim that “…”": the owner speaks)
  for (const nouns of [false, true]) {
    let tried = 0;
    for (let v = toks.length - 1; v >= 0 && tried < MAX_CUES_TRIED; v--) {
      if (!isCueAt(toks, v) || CUE_NOUNS.has(toks[v].w) !== nouns) continue;
      tried++;
      // ", arguing that …": a participle hangs on the main clause, whose subject speaks
      const participle = ING_ENDING_I.test(toks[v].w) && v > 0 && COMMA.test(text.slice(toks[v - 1].e, toks[v].s));
      // "the site surveyed 56,000 developers but noted that …": a second predicate shares the subject
      // (a finite verb, with no earlier cue in the sentence whose own subject would speak)
      const coordinated = !nouns && !participle && v > 1 && COORDINATORS.test(toks[v - 1].w) && !ING_ENDING_I.test(toks[v].w)
        && !toks.slice(0, v - 1).some((t, k) => isCueAt(toks, k) && !CUE_NOUNS.has(t.w));
      if (participle) {
        const rp = subjectPastIntro(env, toks, v, (ph) => finish(env, ph, toks[v], 'before', toks[v].s, win));
        if (rp) return rp;
        continue;
      }
      const ph = coordinated ? speakerHeaded(toks, sentenceSubject(text, toks, v - 1))
        : nouns ? ownerBefore(text, toks, v) : (PASSIVE_AGENT && agentAfterBy(text, toks, v)) || subjectBefore(text, toks, v, 0);
      const r = finish(env, ph, toks[v], 'before', toks[v].s, win);
      // a lone capitalised word opening the sentence ("Hastily", "Outside") is no subject unless the text knows it
      if (r && coordinated && ph!.kind === 'name' && ph!.words.length === 1 && !r.resolved?.entity) continue;
      if (r) return r;
    }
  }
  // no cue: a partial quote inside a sentence is usually the subject's words ("Holt praised
  // the mayor as a “true partner”")
  const subj = sentenceSubject(text, toks, toks.length);
  if (subj && toks.filter((t) => t.s >= subj.e).length > SUBJECT_FALLBACK_MAX_TOKENS) return null;
  const r = subjectPastIntro(env, toks, toks.length, (ph) => finish(env, ph, '', 'before', to, win));
  if (r) return { ...r, cue: null, confidence: r.confidence * SUBJECT_ONLY_CERTAINTY };
  return null;
}

/** ", saying:" before a colon is read as the participle it is. */
const PARTICIPLE_COLON = true;

/** The first token inside the parenthesis that closes the window ("Holt (D-Ore.):"), or -1. */
function openingParenthesis(text: string, toks: Token[]): number {
  for (let q = toks.length - 1; q > 0 && q >= toks.length - 6; q--) if (text.slice(toks[q - 1].e, toks[q].s).includes('(')) return q;
  return -1;
}
const COLON_PARENTHESIS = true;
/** A name before a colon that is a preposition's object ("… in San Bernardino:", "to the paper Le Soir:") does not speak. */
const COLON_PREP_OBJECT = true;
/** Prepositions whose object before a colon is a place or addressee, not the source ("from", "by", "of" give the source). */
const OBJECT_PREPOSITIONS = new Set(['in', 'to', 'at', 'on', 'with', 'for', 'about', 'against', 'after', 'near', 'inside', 'outside', 'into', 'across']);

/** The phrase follows a cue verb ("told Fox News") or a preposition after one ("said in a statement"). */
function objectOfCue(text: string, toks: Token[], ph: SpeakerPhrase): boolean {
  let k = toks.findIndex((t) => t.s >= ph.s);
  if (k <= 0) return false;
  if (COLON_PREP_OBJECT && prepositionObject(text, toks, k)) return true;
  // "told The Huffington Post:": a capitalised article opens the outlet's name
  if (k > 1 && /^The$/.test(toks[k - 1].w) && text.slice(toks[k - 1].e, toks[k].s) === ' ') k--;
  if (text.slice(toks[k - 1].e, toks[k].s) !== ' ') return false; // "Pollsters agree - Carl Bialik:"
  if (cueVerbAt(toks, k - 1)) return true;
  if (!PREPOSITIONS.has(lw(toks[k - 1].w))) return false;
  // the preposition belongs to a cue's clause: a cue verb within the few words before it
  for (let j = k - 2; j >= 0 && j >= k - 6 && !/[.!?:;]/.test(text.slice(toks[j].e, toks[j + 1].s)); j--) {
    if (cueVerbAt(toks, j)) return true;
  }
  return false;
}

/** The name at token k follows a preposition, through "the" and up to three modifiers ("to the Dutch newspaper NRC"). */
function prepositionObject(text: string, toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    if (text.slice(toks[j].e, toks[j + 1].s) !== ' ') return false;
    const w = lw(toks[j].w);
    if (OBJECT_PREPOSITIONS.has(w)) return !(w === 'to' && j > 0 && lw(toks[j - 1].w) === 'according');
    if (isCue(toks[j].w) || PREPOSITIONS.has(w)) return false;
  }
  return false;
}

/** A reporting verb, not a noun of the same form ("secretary of state", "the statement"). */
function cueVerbAt(toks: Token[], v: number): boolean {
  return isCueAt(toks, v) && !CUE_NOUNS.has(toks[v].w) && !(v > 0 && /^(?:of|the|a|an|his|her|its|their)$/i.test(toks[v - 1].w));
}

/** Introductory phrases read past for a sentence's subject ("Speaking in Salem, New Hampshire, Holt …"). */
const MAX_INTRO_PHRASES = 3;
const PERSONAL_PRONOUN = /^(?:he|she)\b/i;

/**
 * The attribution through the subject of the sentence in toks[0, ceil): when the subject read
 * first is a capitalised word or run the text names nobody by ("Thirteen years earlier, she …",
 * "Speaking at a rally in Salem, New Hampshire, Holt went after …"), the subject after each
 * following comma is tried, and taken only if it names a person or organisation the text knows.
 */
function subjectPastIntro(env: ResolveEnv, toks: Token[], ceil: number, attribute: (ph: SpeakerPhrase) => Attribution | null): Attribution | null {
  const { text } = env;
  const first = sentenceSubject(text, toks, ceil);
  if (!first) return null;
  const r0 = attribute(first);
  if (r0?.resolved?.entity || first.kind !== 'name') return r0;
  // an unknown run stays the answer unless a known subject follows; a lone common word never is
  const keep = first.words.length === 1 && isLoneCommonWord(env, first.words[0]) ? null : r0;
  let from = first.e;
  for (let n = 0; n < MAX_INTRO_PHRASES; n++) {
    const c = toks.findIndex((t, k) => k > 0 && k < ceil && t.s >= from && COMMA.test(text.slice(toks[k - 1].e, t.s)));
    if (c < 0) break;
    const ph = sentenceSubject(text, toks.slice(c), ceil - c);
    if (!ph) break;
    const r = attribute(ph);
    // "Either way, it’s important that …": an expletive "it" is no speaker
    if (r && (ph.kind === 'pronoun' ? PERSONAL_PRONOUN.test(ph.words[0]) : r.resolved?.entity || ph.kind !== 'name')) return r;
    from = ph.e;
  }
  return keep;
}

/** Transcript style: the quote opens with the speaker's label, "HOLT: Well, ...". */
export function attributeLabel(env: ResolveEnv, sp: RawSpan): Attribution | null {
  const head = env.text.slice(sp.start, Math.min(sp.end, sp.start + LABEL_MAX_CHARS));
  const m = TRANSCRIPT_LABEL.exec(head);
  if (!m) return null;
  const toks = windowTokens(env, sp.start, sp.start + m[1].length);
  if (toks.length === 0) return null;
  const ph: SpeakerPhrase = { kind: 'name', words: toks.map((t) => t.w), s: toks[0].s, e: toks[toks.length - 1].e };
  return finish(env, ph, ':', 'colon', sp.start, '');
}

const COORDINATORS = /^(?:and|but)$/i;
/** Nouns for what someone said, whose owner speaks the quote after a colon ("Holt’s message was clear:"). */
const SPEECH_NOUNS = new Set(['recommendation', 'advice', 'message', 'verdict', 'response', 'reply', 'answer', 'conclusion', 'explanation',
  'argument', 'warning', 'statement', 'comment', 'comments', 'remarks', 'words', 'assessment', 'plea', 'promise', 'claim', 'prediction']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained']);
/** Tokens read back from a colon for "<owner>’s <speech noun> … <copula> …:". */
const SPEECH_OWNER_TOKENS = 16;

/**
 * A sentence subject cut at its first speaker noun: sentenceSubject reads a noun phrase on into
 * its verb ("the ministry met the unions"), which a second predicate cannot tell apart.
 */
function speakerHeaded(toks: Token[], ph: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!ph || ph.kind !== 'noun') return ph;
  const a = toks.findIndex((t) => t.s === ph.s);
  for (let i = 1; a >= 0 && i < ph.words.length; i++) {
    const w = lw(ph.words[i]);
    if (!(NOMINAL_SPEAKERS.has(w) || ROLE_NOUNS.has(w) || ORG_HEADS.has(w))) continue;
    // "a group of 67 artists": the phrase phraseAfter kept after the head stays whole
    if (/^(?:of|for|at)$/i.test(ph.words[i + 1] ?? '')) return ph;
    return { ...ph, words: ph.words.slice(0, i + 1), e: toks[a + i].e };
  }
  return null;
}

/** The owner of a speech noun that is the subject of the clause ending at the colon, or null. */
function speechOwner(text: string, toks: Token[]): SpeakerPhrase | null {
  let copula = false;
  for (let k = toks.length - 1; k > 0 && k >= toks.length - SPEECH_OWNER_TOKENS; k--) {
    const w = lw(toks[k].w);
    if (COPULAS.has(w)) { copula = true; continue; }
    if (isCue(toks[k].w) && !CUE_NOUNS.has(w)) return null; // a verb of its own: another route's case
    if (!copula || !SPEECH_NOUNS.has(w)) continue;
    const own = toks[k - 1].w;
    const bareOwn = stripPossessive(own);
    if (bareOwn === own || text.slice(toks[k - 1].e, toks[k].s) !== ' ') return null;
    const ph = phraseEndingAt(text, toks, k - 1, 0);
    if (!ph) return null;
    return { ...ph, words: [...ph.words.slice(0, -1), bareOwn], e: toks[k - 1].s + bareOwn.length };
  }
  return null;
}

/** Cues whose object, not subject, follows them when they open a sentence ("Asked Holt whether …"). */
const OBJECT_FIRST = /^(?:ask|asks|asked|tell|tells|told|urge|urged|warn|warned|call|called|ask)$/;

/**
 * The name after a sentence-initial cue verb ("Said Jane Holt, …"; "Added the senator: …"), when
 * the name ends its clause; not "Asked Holt whether …", whose name is the one asked.
 */
function invertedLead(text: string, toks: Token[]): SpeakerPhrase | null {
  if (toks.length < 2 || !isCapitalised(toks[0].w)) return null;
  const w = lw(toks[0].w);
  if (!isCue(w) || CUE_NOUNS.has(w) || w.endsWith('ing') || OBJECT_FIRST.test(w) || text.slice(toks[0].e, toks[1].s) !== ' ') return null;
  const ph = phraseAfter(text, toks, 1, Math.min(toks.length, 1 + AFTER_CUE_TOKENS));
  if (!ph || ph.kind !== 'name') return null;
  // the quote follows the name's clause: only punctuation, or an appositive set off by commas
  const rest = text.slice(ph.e, toks[toks.length - 1].e + 1);
  return /^\s*[,:]/.test(rest) || ph.e === toks[toks.length - 1].e ? ph : null;
}

/** "Holt was asked by host Tom Pratt, …, “…”": the agent of a passive cue speaks. */
const PASSIVE_AGENT = true;
const PASSIVE_AUXILIARIES = /^(?:was|were|is|are|been|being)$/;

/** The name after "by" when the cue at token v is passive ("was asked by moderator Jane Holt"), or null. */
function agentAfterBy(text: string, toks: Token[], v: number): SpeakerPhrase | null {
  if (v === 0 || !PASSIVE_AUXILIARIES.test(lw(toks[v - 1].w)) || toks[v + 1]?.w !== 'by' || /ing$/.test(toks[v].w)) return null;
  const ceil = Math.min(toks.length, v + 2 + AFTER_CUE_TOKENS);
  let ph = phraseAfter(text, toks, v + 2, ceil);
  for (let k = v + 3; !ph && k <= v + 1 + INVERTED_DESCRIPTION_TOKENS && k < ceil; k++) {
    if (/[,.;:]/.test(text.slice(toks[k - 1].s, toks[k].s))) break;
    if (isCapitalised(toks[k].w)) ph = phraseAfter(text, toks, k, ceil);
  }
  return ph && ph.kind === 'name' ? ph : null;
}

/** The possessive name right before a cue noun ("Jane Holt's claim"), or null. */
function ownerBefore(text: string, toks: Token[], v: number): SpeakerPhrase | null {
  if (v === 0 || stripPossessive(toks[v - 1].w) === toks[v - 1].w) return null;
  const ph = phraseEndingAt(text, toks, v - 1, 0);
  return ph && ph.kind === 'name' ? ph : null;
}

/** The phrase after "according to", or the name in its appositive ("the chief, Ana Ruiz"). */
function accordingTo(text: string, toks: Token[], k: number): SpeakerPhrase | null {
  const ph = phraseAfter(text, toks, k, toks.length);
  if (!ph || ph.kind !== 'noun') return ph;
  const next = toks.findIndex((t) => t.s >= ph.e);
  if (next > 0 && /^,\s*$/.test(text.slice(ph.e, toks[next].s)) && isCapitalised(toks[next].w)) {
    const name = phraseAfter(text, toks, next, toks.length);
    if (name && name.kind === 'name') return name;
  }
  return ph;
}

/** A reporting cue at token v, including the idioms "as X put it", "pointed out" and "went on". */
function isCueAt(toks: Token[], v: number): boolean {
  // "agreed to an interview": an agreement to act reports nothing
  if (AGREE_FORMS.test(toks[v].w) && toks[v + 1]?.w === 'to') return false;
  // "The letter continues: “…”" reports; "Rubio will continue to be …" does not
  if (CONTINUE_FORMS.test(toks[v].w) && ((v + 1 < toks.length && toks[v + 1].w !== 'that')
    || (v > 0 && /^(?:to|will|would|can|could|may|might|must|should)$/.test(toks[v - 1].w)))) return false;
  const w = toks[v].w;
  const next = toks[v + 1]?.w;
  // "as Holt puts it", "as Holt pointed out", "“…,” she went on." (only as the clause's last words)
  return isCue(w) || (/^puts?$/.test(w) && next === 'it') || (/^point(?:s|ed)?$/.test(w) && next === 'out')
    || (/^(?:went|goes)$/.test(w) && next === 'on' && v + 2 === toks.length);
}

/** Tokens read back from a sentence's end for its final cue clause ("…, Holt said on Monday."). */
const FINAL_CUE_TOKENS = 9;
/** …or for an inverted one with its appositive ("…, said Jane Holt, a pollster in Ohio."). */
const FINAL_INVERTED_TOKENS = 16;
/** Confidence of a sentence-final cue credited to a quote earlier in its sentence. */
const FINAL_CUE_CERTAINTY = 0.8;

/**
 * "“We hugged” the survivors before the service, she said.", "a “good thing” that yielded “…,”
 * he remarked.": a cue clause set off by a comma at the end of the quote's sentence reports the
 * whole sentence, past the words and the other quotes between (from: the quote's end; to: the
 * sentence's end).
 */
export function attributeFinalCue(env: ResolveEnv, from: number, to: number): Attribution | null {
  const { text } = env;
  const toks = windowTokens(env, from, to).filter((t) => !env.isQuoted(t.s));
  const win = text.slice(from, to);
  for (let v = toks.length - 1; v > 0 && v >= toks.length - FINAL_CUE_TOKENS; v--) {
    if (isCueAt(toks, v) && !CUE_NOUNS.has(toks[v].w) && !ING_ENDING.test(toks[v].w)) {
      const ph = subjectBefore(text, toks, v, 0);
      // the clause is set off from the sentence: a comma or a quote's end before its subject
      if (!ph || !/[,\u201d"]\s*$/.test(text.slice(Math.max(from, ph.s - 3), ph.s))) return null;
      const r = finish(env, ph, toks[v], 'after', toks[v].s, win);
      return r && { ...r, confidence: r.confidence * FINAL_CUE_CERTAINTY };
    }
    if (/[,;:\u2014]/.test(text.slice(toks[v - 1].e, toks[v].s))) break;
  }
  for (let v = toks.length - 2; v > 0 && v >= toks.length - FINAL_INVERTED_TOKENS; v--) {
    if (!isCueAt(toks, v)) continue;
    const ph = invertedAfterComma(text, toks, v);
    if (!ph) return null;
    // nothing after the name but an appositive: no verb of its own
    if (toks.some((t, k) => k > v && t.s >= ph.e && isCueAt(toks, k))) return null;
    const r = finish(env, ph, toks[v], 'after', toks[v].s, win);
    return r && { ...r, confidence: r.confidence * FINAL_CUE_CERTAINTY };
  }
  return null;
}

/** A sentence that ends with its speaker and cue ("…, Holt said."): credits the next quote. */
export function attributeTrailingCue(env: ResolveEnv, from: number, to: number): Attribution | null {
  const toks = windowTokens(env, from, to).filter((t) => !env.isQuoted(t.s));
  for (let v = toks.length - 1; v >= Math.max(0, toks.length - TRAILING_CUE_TOKENS); v--) {
    if (!isCueAt(toks, v) || CUE_NOUNS.has(toks[v].w)) continue;
    const r = finish(env, subjectBefore(env.text, toks, v, 0), toks[v], 'before', toks[v].s, env.text.slice(from, to));
    return r && { ...r, confidence: r.confidence * TRAILING_CUE_CERTAINTY };
  }
  // "Holt, his former partner, called him a master of the deal. “He …”": the sentence's subject
  // speaks through its main verb, a cue a few words in
  for (let v = 1; v < Math.min(toks.length, LEAD_CUE_TOKENS); v++) {
    if (!isCueAt(toks, v) || CUE_NOUNS.has(toks[v].w) || ING_ENDING.test(toks[v].w)) continue;
    const ph = subjectBefore(env.text, toks, v, 0);
    if (!ph || ph.kind !== 'name' || ph.s !== toks[0].s && !COMMA_OR_PAREN.test(env.text.slice(toks[0].s, ph.s))) return null;
    const r = finish(env, ph, toks[v], 'before', toks[v].s, env.text.slice(from, to));
    return r && { ...r, confidence: r.confidence * TRAILING_CUE_CERTAINTY * TRAILING_CUE_CERTAINTY };
  }
  return null;
}
