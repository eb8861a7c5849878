import type { Statement, VerdictScale } from '../types';

/**
 * A statement's verdict as one of QuoteTrace's categories, the one place that decides it, so the
 * popup's counts, the card and the panel agree. An explicit verdictScale wins; else the
 * publisher's own rating words ("False", "Pants on Fire!", "Mostly accurate", "Missing context")
 * are read; else a 0..5 verdictScore. A rating none of these know gives null: the card then shows
 * the publisher's words as they are, and the popup does not count it under a category it is not.
 */
export function verdictCategory(s: Pick<Statement, 'verdict' | 'verdictScale' | 'verdictScore'>): VerdictScale | null {
  if (s.verdictScale) return s.verdictScale;
  const fromWords = s.verdict ? categoryOfRating(s.verdict) : null;
  if (fromWords) return fromWords;
  if (typeof s.verdictScore === 'number' && Number.isFinite(s.verdictScore)) return SCORE_SCALE[Math.round(Math.min(5, Math.max(0, s.verdictScore)))];
  return null;
}

/** verdictScore 0..5, as in the schema: 5 = true … 0 = pants on fire. */
const SCORE_SCALE: VerdictScale[] = ['pants-on-fire', 'false', 'mostly-false', 'half-true', 'mostly-true', 'true'];

/**
 * Rating words fact-checkers publish (ClaimReview alternateName, the Fact Check API's
 * textualRating), folded to lower case without punctuation. Longer phrases are tried first, so
 * "mostly false" is not read as "false".
 */
const RATINGS: [VerdictScale, string[]][] = [
  ['pants-on-fire', ['pants on fire', 'pants fire', 'four pinocchios', '4 pinocchios']],
  ['mostly-true', ['mostly true', 'largely true', 'mostly accurate', 'mostly correct', 'one pinocchio', '1 pinocchio']],
  ['mostly-false', ['mostly false', 'largely false', 'mostly inaccurate', 'mostly incorrect', 'three pinocchios', '3 pinocchios']],
  ['half-true', ['half true', 'half false', 'partly true', 'partly false', 'partially true', 'partially false', 'mixture', 'mixed', 'two pinocchios', '2 pinocchios']],
  ['misleading', ['misleading', 'missing context', 'lacks context', 'needs context', 'out of context', 'exaggerated', 'exaggeration', 'distorted', 'cherry picked', 'spin']],
  ['unverifiable', ['unverifiable', 'unverified', 'unproven', 'unsupported', 'no evidence', 'unsubstantiated', 'cannot be verified', 'not proven']],
  ['false', ['false', 'not true', 'untrue', 'incorrect', 'inaccurate', 'wrong', 'fake', 'fabricated', 'baseless', 'debunked', 'hoax', 'faux', 'falso', 'falsch']],
  ['true', ['true', 'correct', 'accurate', 'verified', 'confirmed', 'vrai', 'verdadero', 'wahr']],
];
const PHRASES = RATINGS.flatMap(([scale, words]) => words.map((w) => [scale, w] as const)).sort((a, b) => b[1].length - a[1].length);

function categoryOfRating(rating: string): VerdictScale | null {
  const folded = ` ${rating.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  if (folded.trim() === '') return null;
  for (const [scale, phrase] of PHRASES) if (folded.includes(` ${phrase} `)) return scale;
  return null;
}
