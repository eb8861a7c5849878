/**
 * Tell quoted names, titles and scare quotes apart from someone's words:
 * - title: Title Case words ("Fox News Sunday", "The Apprentice") or a paragraph-long heading;
 * - label: a quoted name for a thing ("open door" policy, the book "…", the term "…");
 * - nickname: one capitalised word inside a name (Robert C. "Bobby" Scott);
 * - modifier: a one- or two-word adjective scare quote before its noun (a "major" deployment);
 * - named: what a naming construction calls a thing (known as "X", a show called "X", branded "X");
 * - headline: a quote in a short line with no sentence punctuation (a headline, a caption).
 */
import type { Range } from '../text/paragraphs';
import { LABEL_HEADS, TITLE_INTRODUCERS } from './lexicon';
import type { Resolved } from './resolve';
import type { RawSpan } from './spans';
import { letterOrDigitAt, unitsAt } from '../text/tokens';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const BLANK = /\s/;
const STARTS_UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const LONG_S = /\u017f/g; // global: only passed to replace, which starts at 0
const KELVIN_SIGN = /\u212a/g; // global: only passed to replace, which starts at 0
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_BLANK = /^\s/;
const BLANK_THEN_LOWER = /^\s\p{Ll}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_IN_PUNCT = /[,.;:!?]$/;
const BLANK_THEN_UPPER = /^\s\p{Lu}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const STARTS_LETTER = /^\p{L}/u;
const ENDS_LIKE_INTERJECTION = /[,.!?]$/;
const POSSESSIVE_BEFORE = /['\u2019]s\s*$/;

export type QuoteUse = 'title' | 'label' | 'nickname' | 'modifier' | 'named' | 'headline' | null;

/** Longest quote (in characters) that can be a title, label or scare quote at all. */
const USE_MAX_CHARS = 160;
/** Longest quote (in words) read as a title when it is in Title Case. */
const TITLE_MAX_WORDS = 7;
/** Longest quote (in words) read as a label before a head noun ("open door" policy). */
const LABEL_MAX_WORDS = 4;
/** Longest quote (in words) read as an adjective scare quote ("major"). */
const MODIFIER_MAX_WORDS = 2;

/** Function words that, quoted alone, are mentioned rather than said. */
const MENTIONED_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'the', 'a', 'an', 'and', 'or']);
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words after a quote that show it is a noun phrase of its own, not an adjective ("a “grave threat” to"). */
const NOT_NOUNS = new Set(['to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'and', 'or', 'but', 'that', 'which', 'who', 'as', 'than', 'is', 'was', 'are', 'were']);
const MINOR = new Set('of in the and a an to on for with at by from or as vs nor but is'.split(' '));
const DETERMINERS = /(?:^|\s)(?:a|an|the|its|his|her|their|our|this|that|so-called)\s+$/i;

// Naming constructions: the quote is what something is called, not what someone said.
/** `known as "X"`, `known to fans simply as "X"`. */
const KNOWN_AS = /\bknown(?:\s+\p{L}+){0,3}\s+as\s*$/iu;
/** `tagged as "X"`, `filed under "X"`, `billed as "X"`: a category, not speech. */
const FILED_AS = /\b(?:tagged|billed|marketed|listed|filed|classed|classified|advertised|labell?ed)\s+(?:as|under)\s*$/iu;
/** `what radio programmers call "X"`, `that publicity departments like to call "X"`: a group's usage, not one speaker's words. */
const GROUP_CALLS = /(?:^|\s)(?!(?:his|its|this|was|is|has|does|us|as|yes|thus|hers|ours|theirs|yours)\s)\p{Ll}[\p{Ll}-]*s\s+(?:(?:like|tend|prefer|love)\s+to\s+|(?:would|often|sometimes|now|still|usually|generally)\s+)?(?:call|term|dub|label)\s*$/u;
/** A product name given by its maker: `a feature Kestrel has branded "Adaptive Focus"` (with a Title Case quote). */
const BRANDED = /\b(?:brand|brands|branded|branding|trademarked|rebranded)\s*$/iu;
/** Longest title (in words) read after a title word (`her book "A Paradise Built in Hell: …"`). */
const LONG_TITLE_MAX_WORDS = 20;
/** Longest line (in words) that can be a headline or caption. */
const HEADLINE_MAX_WORDS = 20;
/** Longest line (in characters) that can be a headline or caption. */
const HEADLINE_MAX_CHARS = 240;
/**
 * A line that ends in one of these, blanks aside, ends a sentence (or a quotation, or a lead-in):
 * not a headline. Read from the end (/[…]\s*$/ retried at every start of the line).
 */
const SENTENCE_END_CHARS = '.!?:;\u2026"\u201d\u2019\')]';
/** Function words a long title leaves in lower case besides MINOR (`Communities that Arise`). */
const TITLE_LOWER = new Set(['that', 'which', 'who', 'when', 'where', 'how', 'why', 'what', 'into', 'over', 'under', 'about', 'after', 'before', 'up', 'out', 'off', 'not', 'are', 'was', 'be']);
// A word is a match of WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu, scanned by hand (once per
// quote: the regex's match arrays were most of this file's garbage)
const isWordJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/** End of the WORD match starting at i (read no further than end), or i when none starts there. */
function wordEnd(s: string, i: number, end: number): number {
  let u = letterOrDigitAt(s, i, end);
  if (u === 0) return i;
  i += u;
  while (i < end) {
    if (isWordJoiner(s.charCodeAt(i))) { i++; continue; }
    u = letterOrDigitAt(s, i, end);
    if (u === 0) break;
    i += u;
  }
  return i;
}

/** Math.min(wordsOf(s).length, max). */
export function countWords(s: string, max: number): number {
  let n = 0;
  for (let i = 0; i < s.length;) {
    const e = wordEnd(s, i, s.length);
    if (e > i) { if (++n >= max) return n; i = e; } else i += unitsAt(s, i);
  }
  return n;
}

/** Start of the first WORD match in s (s.length when none). */
function wordStart(s: string): number {
  for (let i = 0; i < s.length; i += unitsAt(s, i)) if (letterOrDigitAt(s, i) > 0) return i;
  return s.length;
}

/** The first WORD match in s ('' when none). */
function onlyWord(s: string): string {
  const i = wordStart(s);
  return s.slice(i, wordEnd(s, i, s.length));
}

/**
 * Whether visit holds for every WORD match of s (given by its bounds, in order); stops at the
 * first that fails. The words are read in place: match arrays were most of classifyUse's garbage.
 */
function everyWord(s: string, visit: (start: number, end: number) => boolean): boolean {
  for (let i = 0; i < s.length;) {
    const e = wordEnd(s, i, s.length);
    if (e === i) { i += unitsAt(s, i); continue; }
    if (!visit(i, e)) return false;
    i = e;
  }
  return true;
}

/** STARTS_UPPER_OR_DIGIT.test(s.slice(start, end)), ASCII read by code. */
function startsUpperOrDigit(s: string, start: number, end: number): boolean {
  const c = s.charCodeAt(start);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return STARTS_UPPER_OR_DIGIT.test(s.slice(start, end));
}

const isBlankAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : BLANK.test(s[i]);
};

/** Every word capitalised except short function words, the first one capitalised. */
export function isTitleCase(s: string): boolean {
  let words = 0;
  return everyWord(s, (a, e) => {
    const first = words++ === 0;
    return startsUpperOrDigit(s, a, e) || (!first && MINOR.has(s.slice(a, e).toLowerCase()));
  }) && words > 0;
}

export const PREVIOUS_WORD = /([\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*)[\s,:]*$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}'\u2019.-]/u;
const TRAILER = /[\s,:]/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The last word before pos, as PREVIOUS_WORD reads it in the 40 characters before pos. An
 * end-anchored regex retries at every start (quadratic in the window); reading back from pos
 * gives the same word in one pass. Astral characters take the regex, which reads code points.
 */
export function previousWord(text: string, pos: number): string {
  const from = Math.max(0, pos - 40);
  const w = text.slice(from, pos);
  if (SURROGATE.test(w)) { const m = PREVIOUS_WORD.exec(w); return m ? m[1] : ''; }
  let t = w.length;
  while (t > 0 && TRAILER.test(w[t - 1])) t--;
  let r = t;
  while (r > 0 && WORD_CHAR.test(w[r - 1])) r--;
  // the match starts at the first letter or digit of the run; apostrophes, dots, dashes before it are skipped
  while (r < t && !LETTER_OR_DIGIT.test(w[r])) r++;
  return w.slice(r, t);
}

/** The word after pos within 40 characters, as /^\s*([\p{L}\p{N}][\p{L}\p{N}'\u2019-]*)/u reads them. */
export function nextWord(text: string, pos: number): string {
  const end = Math.min(text.length, pos + 40);
  let i = pos;
  while (i < end && isBlankAt(text, i)) i++;
  return text.slice(i, wordEnd(text, i, end));
}

/** A long title: every word capitalised but function words, one other lower-case word at most. */
function isLongTitle(s: string): boolean {
  let words = 0;
  let lower = 0;
  return everyWord(s, (a, e) => {
    const first = words++ === 0;
    if (startsUpperOrDigit(s, a, e)) return true;
    if (first) return false;
    const w = s.slice(a, e).toLowerCase();
    return MINOR.has(w) || TITLE_LOWER.has(w) || ++lower <= 1;
  }) && words > 0;
}

/** A short line with no sentence punctuation at its end: a headline, a standfirst or a caption. */
function isHeadlineLine(text: string, para: Range): boolean {
  // bounded first: this runs for every quote of a paragraph that may be a megabyte long
  if (para.end - para.start > HEADLINE_MAX_CHARS) return false;
  const line = text.slice(para.start, para.end);
  const trimmed = line.trimEnd(); // trimEnd strips exactly what \s matches
  const endsSentence = trimmed.length > 0 && SENTENCE_END_CHARS.includes(trimmed[trimmed.length - 1]);
  return !endsSentence && countWords(line, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS;
}

/** The words a naming construction ends on, folded as /iu folds them (KNOWN_AS … BRANDED all end `word\s*$`). */
const NAMING_LAST_WORDS = new Set(['as', 'under', 'call', 'term', 'dub', 'label', 'brand', 'brands', 'branded', 'branding', 'trademarked', 'rebranded']);

/** A character /iu reads as a word character that folds to an ASCII letter: A-Z, a-z, ſ (s), K (Kelvin, k). */
const isFoldLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a;

/**
 * The last word of s before its trailing blanks, folded to lower-case ASCII ('' when none). Every
 * naming construction ends on one of NAMING_LAST_WORDS set off by a blank or a word boundary, so
 * a lead-in whose last word is another cannot match any of them: the regexes, each retried at
 * every start of the window, then need not run (they were a twentieth of detection).
 */
function lastFoldedWord(s: string): string {
  let t = s.length;
  while (t > 0 && isBlankAt(s, t - 1)) t--;
  let r = t;
  while (r > 0 && t - r < 12 && isFoldLetter(s.charCodeAt(r - 1))) r--;
  if (r > 0 && isFoldLetter(s.charCodeAt(r - 1))) return ''; // longer than any naming word
  return s.slice(r, t).replace(LONG_S, 's').replace(KELVIN_SIGN, 'k').toLowerCase();
}

/** Whether the words before a quote name it (KNOWN_AS, FILED_AS, GROUP_CALLS, BRANDED with a Title Case quote). */
export function isNamingLeadIn(before: string, content: string): boolean {
  if (!NAMING_LAST_WORDS.has(lastFoldedWord(before))) return false;
  return KNOWN_AS.test(before) || FILED_AS.test(before) || GROUP_CALLS.test(before) || (BRANDED.test(before) && isTitleCase(content));
}

/** A name for a thing given by a naming construction, for a quote of n words. */
function isNamed(text: string, sp: RawSpan, content: string, n: number): boolean {
  if (n > TITLE_MAX_WORDS) return false;
  return isNamingLeadIn(text.slice(Math.max(0, sp.open - 80), sp.open), content);
}

/** How a quoted span is used, judged from its words and its neighbours. */
export function classifyUse(text: string, sp: RawSpan, para: Range | undefined): QuoteUse {
  if (sp.end - sp.start > USE_MAX_CHARS) return null; // long quotations are statements
  const content = text.slice(sp.start, sp.end);
  const wholeParagraph = para !== undefined && para.start === sp.open && para.end <= sp.after + 1;
  const prev = previousWord(text, sp.open);
  // a long title after a title word: her book "A Paradise Built in Hell: The … that Arise in Disaster"
  const n = countWords(content, LONG_TITLE_MAX_WORDS + 1);
  if (n > TITLE_MAX_WORDS && n <= LONG_TITLE_MAX_WORDS && TITLE_INTRODUCERS.has(prev.toLowerCase()) && isLongTitle(content)) return 'named';
  // every use but a whole-paragraph title needs a few words: most quotes stop here
  if (!wholeParagraph && n > TITLE_MAX_WORDS) return para !== undefined && isHeadlineLine(text, para) ? 'headline' : null;
  const before = text.slice(Math.max(0, sp.open - 40), sp.open);
  const nextPos = sp.after;
  const gap = text.slice(nextPos, nextPos + 2);
  const next = nextWord(text, nextPos);
  if (n === 1 && STARTS_UPPER.test(content.slice(wordStart(content))) && STARTS_UPPER.test(prev) && STARTS_UPPER.test(next) && STARTS_BLANK.test(gap)) return 'nickname';
  if (n <= LABEL_MAX_WORDS && BLANK_THEN_LOWER.test(gap) && LABEL_HEADS.has(next.toLowerCase())) return 'label';
  if (n <= TITLE_MAX_WORDS && TITLE_INTRODUCERS.has(prev.toLowerCase())) return 'label';
  // its "senior fellow" Jane Holt: an epithet before a name
  if (n <= LABEL_MAX_WORDS && STARTS_LOWER.test(content) && !ENDS_IN_PUNCT.test(content) && DETERMINERS.test(before)
    && BLANK_THEN_UPPER.test(gap) && CAPITALISED.test(next) && !CALENDAR.test(next)) return 'label';
  // "she" is a "he": a word mentioned, not said
  if (n === 1 && MENTIONED_WORDS.has(onlyWord(content).toLowerCase())) return 'label';
  if (isNamed(text, sp, content, n)) return 'named';
  const interjection = n === 1 && STARTS_LETTER.test(content) && ENDS_LIKE_INTERJECTION.test(content); // "Yes," he said
  if (!interjection && isTitleCase(content) && (n <= TITLE_MAX_WORDS || wholeParagraph)) {
    if (wholeParagraph || POSSESSIVE_BEFORE.test(before) || n <= TITLE_MAX_WORDS) return 'title';
  }
  if (n <= MODIFIER_MAX_WORDS && STARTS_LOWER.test(content) && DETERMINERS.test(before) && BLANK_THEN_LOWER.test(gap)
    && !ENDS_IN_PUNCT.test(content) && !NOT_NOUNS.has(next.toLowerCase())) return 'modifier';
  return para !== undefined && !wholeParagraph && isHeadlineLine(text, para) ? 'headline' : null;
}

/** Longest quote (in words) whose lone-word, cue-less speaker is doubted (see isSpeakerGuess). */
const GUESS_MAX_WORDS = 4;

/**
 * True when a short quoted phrase's speaker is only a guess: no speech verb ties it to anyone,
 * and the "speaker" is a lone capitalised word not known to be a person ("Furthermore",
 * "Such", a place; known organisations aside) that the rules took from the words before the
 * quote. Such phrases are mostly terms and scare quotes, and their speakers mostly wrong (on
 * the PolNeAR train split), so the quote is kept but shown with no speaker.
 */
export function isSpeakerGuess(text: string, sp: RawSpan, a: { resolved: Resolved | null; cue: string | null; how: string }): boolean {
  if (!a.resolved?.speaker || a.how !== 'before' || a.cue !== null) return false;
  const r = a.resolved;
  if (BLANK.test(r.speaker!.trim()) || r.entity?.strong || r.entity?.kind === 'org' || r.method === 'organisation') return false;
  return countWords(text.slice(sp.start, sp.end), GUESS_MAX_WORDS + 1) <= GUESS_MAX_WORDS;
}
