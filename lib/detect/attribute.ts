/**
 * Attribute each quotation span to a speaker: a cue after the quote ("…," Stoltenberg told the
 * BBC), a cue before it (Truss said it was "…"; He said: "…"; according to X), or the speaker
 * of the quote just before it (follow-on quotes). Every window is bounded, so the cost per quote
 * is constant.
 */
import type { AttributionEvidence } from '../types';
import { paragraphIndexAt, type Range } from '../text/paragraphs';
import { sentenceEndAfter, sentenceStartBefore } from '../text/sentences';
import type { ResolveEnv } from './resolve';
import { attributeAfter, attributeBefore, attributeFinalCue, attributeLabel, attributeTrailingCue, type Attribution } from './routes';
import type { RawSpan } from './spans';
import { isCue } from './cues';

export type { Attribution } from './routes';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const GOES_ON_LOWER_CASE = /^[\s\u201d\u2019"']{0,3}\p{Ll}/u;
const ENDS_SENTENCE = /[.!?]$/;
const LETTER = /\p{L}/u;
const ENDS_IN_COMMA = /,\s*$/;
const ONLY_COMMAS_COLONS = /^[\s,:]*$/;
const SENTENCE_OR_CLAUSE_END = /[.!?;]/;
const INITIALS = /\b\p{L}\./gu; // global: only passed to replace, which starts at 0
const COMMA_OR_COLON = /[,:]/;
const SENTENCE_TAIL_CHAR = /[\s.!?"'\u201d\u2019]/;

/** Characters read before a quote for its cue clause (a long sentence lead-in). */
const BEFORE_WINDOW = 400;
/** Characters read after a quote for "…," she said in an interview with CNN. */
const AFTER_WINDOW = 240;
/** Characters read after a quote for the end of its sentence ("“…” to the crowd …, she said."). */
const FINAL_CUE_WINDOW = 400;
/** Confidence of a speaker carried over from the previous quote. */
const CARRY_CERTAINTY = 0.7;
/** Confidence reported when no speaker is found. */
const NO_SPEAKER_CONFIDENCE = 0.1;

const NONE: Attribution = { resolved: null, cue: null, confidence: NO_SPEAKER_CONFIDENCE, context: null, how: 'none' };

/**
 * A quote that starts inside a sentence and ends it ("…, Japan called it an “outlaw state.”"):
 * the words after it begin a new sentence with its own speaker.
 */
function endsSentenceMidway(text: string, sp: RawSpan, sentenceStart: number): boolean {
  // "… with chants of “Bobby!” at a rally, according to …": the sentence goes on in lower case
  if (GOES_ON_LOWER_CASE.test(text.slice(sp.after, sp.after + 4))) return false;
  return ENDS_SENTENCE.test(text.slice(sp.start, sp.end)) && LETTER.test(text.slice(sentenceStart, sp.open));
}

/** A quote resumes the previous one's sentence after that quote's own cue clause. */
const INTERRUPTED_QUOTES = true;

/**
 * Whether sp resumes the sentence of prev, interrupted only by prev's trailing cue clause ending
 * in a comma or colon ("“…,” said a spokesman, “and …”"): prev ends in a comma, and the clause
 * between the quotes is the cue and speaker prev was credited from.
 */
function isInterrupted(text: string, prev: RawSpan, sp: RawSpan, from: Attribution): boolean {
  if (!INTERRUPTED_QUOTES || from.how !== 'after' || !from.resolved || from.resolved.at == null) return false;
  if (!ENDS_IN_COMMA.test(text.slice(prev.start, prev.end))) return false;
  const at = from.resolved.at;
  const end = at + from.resolved.mention.length;
  if (at < prev.after || end > sp.open || text.slice(at, end) !== from.resolved.mention) return false;
  // only the cue before the speaker, and a comma or colon after it
  const between = text.slice(end, sp.open);
  // "“…,” said Jane Holt, the group's director, “and …”": an appositive set off by commas may follow the name
  const setOff = ONLY_COMMAS_COLONS.test(between) || (INTERRUPTED_APPOSITIVE && APPOSITIVE_THEN_QUOTE.test(between));
  return !SENTENCE_OR_CLAUSE_END.test(text.slice(prev.after, at).replace(INITIALS, '')) && setOff && COMMA_OR_COLON.test(between);
}

/** A resumed quote takes the interrupting cue's speaker before its own lead-in is read (which holds only that cue clause). */
const INTERRUPTED_FIRST = true;
/** The interrupting cue's speaker may carry an appositive before the quote resumes. */
const INTERRUPTED_APPOSITIVE = true;
/** ", the group's director, " (no sentence punctuation, no quote mark, no clause of its own). */
const APPOSITIVE_THEN_QUOTE = /^,\s[^.!?;:"\u201c\u201d]{1,120},\s*$/;

/**
 * "“…,” said Jane Holt at the time, adding that “…”": a participle after the previous quote's
 * inverted cue hangs on that clause, so its subject (the name the cue inverted) speaks.
 */
const PARTICIPLE_AFTER_INVERTED = true;
/** After the inverted speaker: no sentence end, then ", adding that" closing the lead-in. */
const PARTICIPLE_TAIL = /^[^.!?;:\u201c\u201d"]{0,80},\s+(\p{Ll}+ing)(?:\s+that)?[\s,:]*$/u;

const PARENTHETICAL = /\([^()]{0,24}\)/g; // global: only passed to replace

function participleAfterInverted(text: string, prev: RawSpan, sp: RawSpan, from: Attribution): boolean {
  if (from.how !== 'after' || !from.resolved || from.resolved.at == null) return false;
  const end = from.resolved.at + from.resolved.mention.length;
  if (from.resolved.at < prev.after || end > sp.open) return false;
  const m = PARTICIPLE_TAIL.exec(text.slice(end, sp.open).replace(PARENTHETICAL, ''));
  return !!m && isCue(m[1]);
}

const carry = (from: Attribution): Attribution => ({ ...from, confidence: from.confidence * CARRY_CERTAINTY, how: 'carry' });

export function attributeSpans(env: ResolveEnv, paras: Range[], spans: RawSpan[]): Attribution[] {
  const { text } = env;
  const out: Attribution[] = [];
  let last = null as { a: Attribution; para: number } | null;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    const p = paragraphIndexAt(paras, sp.open);
    const closeAt = sp.after;
    const pc = paragraphIndexAt(paras, closeAt - 1);
    const prev = i > 0 ? spans[i - 1] : null;
    const prevReach = prev && paragraphIndexAt(paras, prev.after - 1) === p ? prev.after : paras[p].start;
    const next = i + 1 < spans.length ? spans[i + 1] : null;
    const paraEnd = paras[pc].end;
    const afterLimit = Math.min(paraEnd, next && next.open < paraEnd ? next.open : paraEnd, closeAt + AFTER_WINDOW);
    const beforeFrom = sentenceStartBefore(text, sp.open, Math.max(paras[p].start, sp.open - BEFORE_WINDOW));
    let a = attributeLabel(env, sp)
      ?? (endsSentenceMidway(text, sp, beforeFrom) ? null : attributeAfter(env, closeAt, sentenceEndAfter(text, closeAt, afterLimit), text.slice(sp.start, sp.end)))
      ?? (INTERRUPTED_FIRST && last && prev && isInterrupted(text, prev, sp, last.a) ? carry(last.a) : null)
      ?? attributeBefore(env, beforeFrom, sp.open);
    // "… adding that “we are fine.” Later, Holt stated …": a quote that closes its sentence leaves
    // the next sentence's cue to the quotes of that sentence
    const closesSentence = ENDS_SENTENCE.test(text.slice(sp.start, sp.end)) && !GOES_ON_LOWER_CASE.test(text.slice(sp.after, sp.after + 4));
    if ((!a || (a.how === 'before' && a.cue === null)) && !closesSentence) {
      // a cue clause that ends the quote's sentence outranks its cue-less subject
      const limit = Math.min(paraEnd, closeAt + FINAL_CUE_WINDOW);
      const end = sentenceEndAfter(text, closeAt, limit);
      const f = end < limit || limit === paraEnd ? attributeFinalCue(env, closeAt, end) : null;
      if (f) a = f;
    }
    if (PARTICIPLE_AFTER_INVERTED && (!a || a.cue === null) && last && prev && participleAfterInverted(text, prev, sp, last.a)) a = carry(last.a);
    const startsParagraph = sp.open === paras[p].start;
    if (!a && startsParagraph && p > 0 && text.slice(paras[p - 1].start, paras[p - 1].end).trimEnd().endsWith(':')) {
      const pe = paras[p - 1].end;
      a = attributeBefore(env, sentenceStartBefore(text, pe - 1, Math.max(paras[p - 1].start, pe - BEFORE_WINDOW)), pe);
    }
    // "“…,” said an Iowa Democrat, “and …”": the sentence goes on after the previous quote's cue
    if (!a && last && prev && isInterrupted(text, prev, sp, last.a)) a = carry(last.a);
    const opensSentence = !LETTER.test(text.slice(Math.max(beforeFrom, prevReach), sp.open));
    const canCarry = last && opensSentence && (last.para === p || (last.para === p - 1 && startsParagraph));
    if (!a && canCarry && last!.para === p) a = carry(last!.a);
    if (!a && opensSentence && beforeFrom > paras[p].start && prevReach <= beforeFrom) {
      // "…, Holt said. “The next step …”": the sentence before ends on its cue
      let e = beforeFrom;
      while (e > paras[p].start && SENTENCE_TAIL_CHAR.test(text[e - 1])) e--;
      a = attributeTrailingCue(env, sentenceStartBefore(text, e, Math.max(paras[p].start, e - BEFORE_WINDOW)), e);
    }
    if (!a && canCarry) a = carry(last!.a);
    out.push(a ?? NONE);
    if (a) last = { a, para: pc };
    if (a?.resolved?.entity) {
      a.resolved.entity.strong = true;
      a.resolved.entity.spoke = (a.resolved.entity.spoke ?? 0) + 1;
      env.lastSpeaker = { entity: a.resolved.entity, pos: closeAt };
    }
  }
  return out;
}

export function evidenceOf(a: Attribution): AttributionEvidence {
  if (!a.resolved) return { cue: a.cue, mention: null, method: 'none' };
  return { cue: a.cue, mention: a.resolved.mention, method: a.how === 'carry' ? 'carry' : a.resolved.method };
}
