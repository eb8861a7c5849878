/**
 * A page often shows one quotation twice: in the body and again in a pull quote or an embedded
 * post that repeats it. A reader sees one statement, so the repeat is dropped: a quotation whose
 * words are contained in another one's (same words, ignoring case, marks and punctuation) is the
 * same quotation, and the better-attributed copy is kept. A shorter copy that runs on in a
 * sentence of its own is not a pull quote but the writer citing part of the statement ("now
 * “the worst thing that ever happened to the establishment.”" before the whole speech): both stay.
 */
import type { DetectedQuote } from '../types';

/** Quotations shorter than this (in words) may honestly recur ("ignored", "a fantasy"). */
const MIN_REPEAT_WORDS = 6;
/** Words per shingle used to find containment candidates without comparing every pair. */
const SHINGLE = 4;
/** Candidates checked per quotation: bounds the work when a text repeats one phrase many times. */
const MAX_CANDIDATES = 16;
/** A contained copy with at least this share of the longer one's words is the same quotation wherever it stands. */
const SAME_SHARE = 0.8;

const wordsOf = (t: string): string[] => t.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function contains(big: string[], small: string[]): boolean {
  if (small.length > big.length) return false;
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let j = 0; j < small.length; j++) if (big[i + j] !== small[j]) continue outer;
    return true;
  }
  return false;
}

const better = (a: DetectedQuote, b: DetectedQuote): boolean =>
  (a.speaker !== null) !== (b.speaker !== null) ? a.speaker !== null : a.confidence > b.confidence;

/** The quote is all its paragraph holds, but for marks and punctuation: a block set apart (a pull quote). */
function standsAlone(text: string, q: DetectedQuote): boolean {
  const from = text.lastIndexOf('\n', q.start) + 1;
  const nl = text.indexOf('\n', q.end);
  const to = nl < 0 ? text.length : nl;
  return !/[\p{L}\p{N}]/u.test(text.slice(from, q.start)) && !/[\p{L}\p{N}]/u.test(text.slice(q.end, to));
}

/**
 * The quotations with repeats removed (sorted by start, as given). Linear in the text. With the
 * text the quotes were found in, a much shorter copy is a repeat only where it stands alone.
 */
export function dropRepeatedQuotes(quotes: DetectedQuote[], text?: string): DetectedQuote[] {
  const words = quotes.map((q) => wordsOf(q.text));
  const shingles = new Map<string, number[]>();
  const dropped = new Set<number>();
  // longest first, so a shorter copy meets the longer one it repeats
  const order = quotes.map((_, i) => i).filter((i) => words[i].length >= MIN_REPEAT_WORDS).sort((a, b) => words[b].length - words[a].length || a - b);
  for (const i of order) {
    const w = words[i];
    const key = w.slice(0, SHINGLE).join(' ');
    const seen = new Set<number>();
    for (const j of (shingles.get(key) ?? []).slice(0, MAX_CANDIDATES)) {
      if (seen.has(j) || dropped.has(j)) continue;
      seen.add(j);
      if (!contains(words[j], w)) continue;
      if (text !== undefined && w.length < SAME_SHARE * words[j].length && !standsAlone(text, quotes[i])) continue;
      // the same statement: keep the better attributed copy, in the other's place if need be
      if (better(quotes[i], quotes[j])) dropped.add(j);
      else dropped.add(i);
      break;
    }
    if (dropped.has(i)) continue;
    for (let k = 0; k + SHINGLE <= w.length; k++) {
      const s = w.slice(k, k + SHINGLE).join(' ');
      const list = shingles.get(s);
      if (!list) shingles.set(s, [i]);
      else if (list.length < MAX_CANDIDATES) list.push(i);
    }
  }
  return dropped.size === 0 ? quotes : quotes.filter((_, i) => !dropped.has(i));
}
