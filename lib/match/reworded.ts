/**
 * Translated speech: a news agency quotes an official who spoke another language in its own
 * translation, so no record holds the page's words. Among the records of the speaker the page
 * names (never anyone else's), dated a few days before the page when both dates are known, find
 * the one that says the same thing: the same meaning-bearing words (stemmed), names and numbers,
 * whatever the word order and function words. Used only when the exact matcher found nothing.
 */
import type { Statement } from '../types';
import { tokenizeWithRaw } from './tokens';

/** Version of what a record's stems are (STOPWORDS, SUFFIXES, contentOf, rewordedEligible): bump on any change, and packs built before rebuild their reworded index in memory. */
export const REWORDED_VERSION = 2; // 2: speakers with few records are listed, not stem-indexed
/** Fewest meaning-bearing words a quote needs: shorter ones say too little to tell statements apart. */
export const MIN_CONTENT_WORDS = 5;
/** Share of the quote's meaning (idf-weighted) the record must hold. */
export const MIN_QUOTE_COVERAGE = 0.7;
/** Share of the record's meaning the quote must hold: a translation keeps most of the sentence. */
export const MIN_RECORD_COVERAGE = 0.45;
/** Candidates (by shared rare words) scored in full. */
const CANDIDATES = 6;
/** A page reports a statement this many days after it at most (and not before it, beyond a day's time zones). */
export const MAX_DAYS_AFTER = 7;
const MAX_DAYS_BEFORE = 1;
/** Names and numbers weigh more: a translator keeps them. */
const NAME_WEIGHT = 2;

/** Function words: what a translation changes freely. */
const STOPWORDS = new Set(
  ('a an the and or but nor so yet of to in on at by for from with without into onto upon about above below over under ' +
    'between among through during before after since until as than then that this these those there here which who whom whose ' +
    'what when where why how is are was were be been being am do does did done doing have has had having will would shall ' +
    'should can could may might must it its it\'s they them their theirs we us our ours i me my mine you your yours he him his ' +
    'she her hers itself themselves ourselves myself yourself also just very too quite rather such not no only even still ' +
    'all any each every some more most much many other another own same both either neither if whether because while ' +
    'although though however therefore thus indeed well now let lets one ones s t re ve ll d m').split(' '),
);

export interface RewordedRecord {
  n: number;
  stems: Map<string, number>;
  numbers: Set<string>;
  weight: number;
}

/** Suffixes folded by stem(), longest first, with the shortest word (plus one) each may leave. */
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [['ations', 5], ['ation', 5], ['ments', 5], ['ment', 5], ['ities', 5], ['ity', 5], ['ing', 5], ['ied', 4], ['ies', 4], ['ed', 4], ['es', 4], ['ly', 5], ['s', 4]];
const DIGIT_RE = /\d/;

/** Light suffix folding so "sanctions"/"sanctioned"/"sanctioning" meet; not a full stemmer. */
export function stem(w: string): string {
  if (w.length <= 4 || DIGIT_RE.test(w)) return w;
  for (const [suffix, keep] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= keep - 1) {
      const base = w.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? base + 'y' : dropFinalE(base);
    }
  }
  return dropFinalE(w);
}

function dropFinalE(w: string): string {
  return w.endsWith('e') ? w.slice(0, -1) : w;
}

/** Shared by every text without numbers (most records): read only, never added to. */
const NO_NUMBERS: Set<string> = new Set();
const UPPER_RE = /^\p{Lu}/u;

/** Whether a word as written opens with a capital letter (ASCII first, the Unicode test otherwise). */
function capitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(raw);
}

/** Meaning-bearing words of a text: stems with a weight (names and numbers count double), and its numbers. */
export function contentOf(text: string): { stems: Map<string, number>; numbers: Set<string> } {
  const { words, raw } = tokenizeWithRaw(text);
  const stems = new Map<string, number>();
  let numbers = NO_NUMBERS;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || STOPWORDS.has(w)) continue;
    const c = w.charCodeAt(0);
    const isNumber = c >= 48 && c <= 57;
    if (isNumber) { if (numbers === NO_NUMBERS) numbers = new Set(); numbers.add(w); }
    const name = i > 0 && capitalised(raw[i] ?? '');
    const s = stem(w);
    const weight = isNumber || name ? NAME_WEIGHT : 1;
    const had = stems.get(s);
    if (had === undefined || had < weight) stems.set(s, weight);
  }
  return { stems, numbers };
}

/** Days from a to b (ISO dates, day precision), or null when either is missing or not a full date. */
export function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  const ta = a && /^\d{4}-\d{2}-\d{2}/.test(a) ? Date.parse(a.slice(0, 10)) : NaN;
  const tb = b && /^\d{4}-\d{2}-\d{2}/.test(b) ? Date.parse(b.slice(0, 10)) : NaN;
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.round((tb - ta) / 86_400_000);
}

/** True unless both dates are known and the page is not within a few days after the statement. */
export function datesAgree(statementDate: string | null | undefined, pageDate: string | null | undefined): boolean {
  const d = daysBetween(statementDate, pageDate);
  return d === null || (d >= -MAX_DAYS_BEFORE && d <= MAX_DAYS_AFTER);
}

/** Whether a record is the speaker's own words, so a reworded quote may be matched to it. */
export function rewordedEligible(s: Pick<Statement, 'speaker' | 'speakerIsAggregate' | 'textKind'>): boolean {
  // readouts and fact-checkers' summaries are not the speaker's words
  return !!s.speaker && !s.speakerIsAggregate && (!s.textKind || s.textKind === 'verbatim');
}

/** One speaker's quotable records, seen through a stem index (built in memory, or read from the pack). */
export interface StemSource {
  /** Records of the speaker (for the idf). */
  readonly count: number;
  /** How many records hold the stem. */
  df(stem: string): number;
  /** Calls visit with each record holding the stem. */
  postings(stem: string, visit: (n: number) => void): void;
  /** Record n (null when it cannot be read or is shadowed by a later pack). */
  statement(n: number): Statement | null;
  /** Record n's meaning-bearing words. */
  content(n: number, s: Statement): { stems: Map<string, number>; numbers: Set<string> };
}

/** The record saying what the quote says, with its score (0..1), or null. */
export function findReworded(src: StemSource, text: string, pageDate?: string | null): { statement: Statement; score: number } | null {
  const q = contentOf(text);
  if (q.stems.size < MIN_CONTENT_WORDS) return null;
  // Inverse document frequency of a stem among this speaker's records, looked up once a stem.
  const idfs = new Map<string, number>();
  const idf = (st: string): number => {
    let v = idfs.get(st);
    if (v === undefined) { v = Math.log(1 + (src.count + 1) / (src.df(st) + 1)); idfs.set(st, v); }
    return v;
  };
  // candidates by shared idf mass
  const mass = new Map<number, number>();
  let qTotal = 0;
  for (const [st, w] of q.stems) {
    const x = w * idf(st);
    qTotal += x;
    src.postings(st, (n) => mass.set(n, (mass.get(n) ?? 0) + x));
  }
  const top = [...mass].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);
  let best: { statement: Statement; score: number } | null = null;
  for (const [n, shared] of top) {
    const s = src.statement(n);
    if (!s || !datesAgree(s.date, pageDate)) continue;
    const r = src.content(n, s);
    // a number the quote gives that the record does not is a different statement
    if ([...q.numbers].some((x) => !r.numbers.has(x))) continue;
    let rTotal = 0;
    let rShared = 0;
    for (const [st, w] of r.stems) {
      const x = w * idf(st);
      rTotal += x;
      if (q.stems.has(st)) rShared += x;
    }
    const quoteCoverage = shared / qTotal;
    const recordCoverage = rTotal > 0 ? rShared / rTotal : 0;
    if (quoteCoverage < MIN_QUOTE_COVERAGE || recordCoverage < MIN_RECORD_COVERAGE) continue;
    const score = Math.min(quoteCoverage, 1) * 0.7 + Math.min(recordCoverage, 1) * 0.3;
    if (!best || score > best.score) best = { statement: s, score };
  }
  return best;
}

/** One speaker's quotable records, indexed by stem in memory (packs written before the pack held the index). */
export class SpeakerRecords implements StemSource {
  private readonly byStem = new Map<string, number[]>();
  private readonly records: RewordedRecord[] = [];

  constructor(readonly statements: Statement[]) {
    statements.forEach((s, n) => {
      const { stems, numbers } = contentOf(s.text);
      let weight = 0;
      for (const [st, w] of stems) {
        weight += w;
        const list = this.byStem.get(st);
        if (list) list.push(n); else this.byStem.set(st, [n]);
      }
      this.records.push({ n, stems, numbers, weight });
    });
  }

  get count(): number {
    return this.records.length;
  }

  df(stem: string): number {
    return this.byStem.get(stem)?.length ?? 0;
  }

  postings(stem: string, visit: (n: number) => void): void {
    for (const n of this.byStem.get(stem) ?? []) visit(n);
  }

  statement(n: number): Statement {
    return this.statements[n];
  }

  content(n: number): RewordedRecord {
    return this.records[n];
  }

  /** The record saying what the quote says, with its score (0..1), or null. */
  find(text: string, pageDate?: string | null): { statement: Statement; score: number } | null {
    return findReworded(this, text, pageDate);
  }
}
