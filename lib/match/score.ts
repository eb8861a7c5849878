/**
 * Turns one alignment into a verdict on the text alone (speakers are compared in matcher.ts).
 * Calibrated on statements.merged.jsonl with the bench's generated quotes (see scripts/bench.ts).
 */
import type { Alignment } from './align';

export type Strictness = 'strict' | 'balanced' | 'loose';
export type TextClass = 'exact' | 'altered' | 'none';

export interface Thresholds {
  /** Fewest equal words for an unchanged quote to count as the statement. */
  minExactWords: number;
  /** Fewest equal words for a changed quote to count as an altered version of it. */
  minAlteredWords: number;
  /** Most changes per quote word for `altered`; beyond it the words are someone else's. */
  maxChangeFraction: number;
  /**
   * Quotes shorter than this are common phrases in a large database ("at the end of the"):
   * they match only a record by the speaker the page names, and are never called misattributed.
   */
  minUncheckedWords: number;
}

/** Quotes of this many words or fewer match only a same-speaker record whose quoted span they are. */
export const SHORT_QUOTE_WORDS = 3;

/** Weight of a page word outside the record's window (recombined sentences) against an inner change. */
const EDGE_INSERT_WEIGHT = 2;

export const THRESHOLDS: Record<Strictness, Thresholds> = {
  // 4 words: "We have no plans" style windows are common phrases below that.
  strict: { minExactWords: 6, minAlteredWords: 8, maxChangeFraction: 0.15, minUncheckedWords: 8 },
  balanced: { minExactWords: 4, minAlteredWords: 6, maxChangeFraction: 0.25, minUncheckedWords: 6 },
  loose: { minExactWords: 4, minAlteredWords: 6, maxChangeFraction: 0.3, minUncheckedWords: 5 },
};

export interface TextVerdict {
  cls: TextClass;
  /** 0..1: share of the aligned words that agree. */
  score: number;
  changes: number;
  /** Exact only because the page quotes more around the whole unit (ranks with altered ones). */
  extended?: boolean;
}

/** Share of the page quote a whole record unit must fill when the page quotes more around it. */
const MIN_SPAN_SHARE = 0.5;

/** Framing words a record may start with that the speaker did not say ("Says ..."). */
const FRAMING = new Set(['says', 'said', 'claims', 'suggests']);

/**
 * The page quotes more of the same speech than a record unit holds: the unit's words (after
 * any "Says" framing) appear unchanged, in a row, in the quote, and fill at least half of it.
 * Only asked when the speaker agrees.
 */
export function containsUnit(quoteWords: string[], unit: string[], t: Thresholds): TextVerdict | null {
  const u = FRAMING.has(unit[0]) ? unit.slice(1) : unit;
  if (u.length < t.minExactWords || u.length < quoteWords.length * MIN_SPAN_SHARE || u.length >= quoteWords.length) return null;
  outer: for (let i = 0; i + u.length <= quoteWords.length; i++) {
    for (let k = 0; k < u.length; k++) if (quoteWords[i + k] !== u[k]) continue outer;
    return { cls: 'exact', score: u.length / quoteWords.length, changes: 0, extended: true };
  }
  return null;
}

/** Classifies an alignment of a quote with nq non-editorial words against a unit of unitLength words. */
export function classify(al: Alignment, nq: number, unitLength: number, t: Thresholds): TextVerdict {
  const changes = al.subs + al.ins + al.dels;
  const score = al.matches / Math.max(1, al.matches + changes);
  if (nq <= SHORT_QUOTE_WORDS) {
    // Short phrase: only the whole quoted span, word for word.
    const whole = changes === 0 && al.matches === nq && unitLength === nq;
    return { cls: whole ? 'exact' : 'none', score: whole ? 1 : score * 0.5, changes };
  }
  if (changes === 0 && al.matches >= t.minExactWords) return { cls: 'exact', score, changes };
  const allowed = Math.max(1, Math.floor(nq * t.maxChangeFraction));
  // Page words running past the record's ends look like another sentence joined on: they weigh double.
  const weighted = changes + al.edgeIns * (EDGE_INSERT_WEIGHT - 1);
  // Most of the quote must still be the record's words, in its order.
  if (al.matches >= t.minAlteredWords && weighted <= allowed && al.matches >= nq * (1 - t.maxChangeFraction)) {
    return { cls: 'altered', score, changes };
  }
  return { cls: 'none', score: score * 0.6, changes };
}
