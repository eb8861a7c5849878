/**
 * Word tokens for matching: one normalisation shared by the index, the query and the alignment.
 * Case, diacritics, curly/straight marks, apostrophes and punctuation are folded away; numbers
 * keep their digits ("13,200" -> "13200", "3.5" stays "3.5"); "%" becomes "percent".
 */

/** A query word with the editing marks a page may carry. */
export interface QueryToken {
  /** Normalised word. */
  w: string;
  /** The word as written on the page (for the diff). */
  raw: string;
  /** Inside [brackets]: an editor's insertion, free to differ from the record. */
  editorial: boolean;
  /** An ellipsis precedes this word: record words skipped here are a cut, not a change. */
  cutBefore: boolean;
  /** Index of the page word this token came from ("U.S.-led" gives two tokens, one part). */
  part: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’‘`.,][\p{L}\p{N}]+)*%?|%/gu;
const ELLIPSIS_RE = /\.\s?\.\s?\.|…/g;
const MARKS_RE = /\p{M}+/gu;

const PLAIN_RE = /^[A-Za-z0-9]+$/;

/** Small numbers written as words equal their digits ("four" = "4"): pages and records differ in style. */
const NUMBER_WORDS = new Map<string, string>(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, String(i)]),
);

/** Normalises one raw word; returns '' when nothing word-like is left. */
export function normalizeWord(raw: string): string {
  if (PLAIN_RE.test(raw)) {
    // Fast path, most words: ASCII letters and digits only.
    const lower = raw.toLowerCase();
    return NUMBER_WORDS.get(lower) ?? lower;
  }
  let w = raw.normalize('NFKD').replace(MARKS_RE, '').toLowerCase();
  w = w.replace(/['’‘`]/g, '');
  // Thousands separators and abbreviation dots go; a decimal point between digits stays.
  w = w.replace(/(\d),(?=\d)/g, '$1').replace(/,/g, '');
  w = w.replace(/\.(?!\d)|(?<!\d)\./g, '');
  return NUMBER_WORDS.get(w) ?? w;
}

/** "[W]e" or "reform[s]": brackets glued to a word only restore case or inflection; unwrap them. */
export function unwrapGluedBrackets(text: string): string {
  if (!text.includes('[')) return text;
  return text
    .replace(/\[([\p{L}\p{N}]{1,3})\](?=[\p{L}\p{N}])/gu, '$1')
    .replace(/(?<=[\p{L}\p{N}])\[([\p{L}\p{N}]{1,3})\]/gu, '$1');
}

/** Splits text into normalised words (records and plain text). */
export function tokenize(text: string): string[] {
  return tokenizeWithRaw(text).words;
}

/** Normalised words and, index for index, each word as written (for diffs). */
export function tokenizeWithRaw(text: string): { words: string[]; raw: string[] } {
  const words: string[] = [];
  const raws: string[] = [];
  for (const m of unwrapGluedBrackets(text).matchAll(WORD_RE)) {
    const written = m[0];
    const pct = written.endsWith('%');
    const w = normalizeWord(pct ? written.slice(0, -1) : written);
    if (w) { words.push(w); raws.push(pct ? written.slice(0, -1) : written); }
    if (pct) { words.push('percent'); raws.push('%'); }
  }
  return { words, raw: raws };
}

/** Tokenises a page quote, keeping ellipsis cuts and [bracketed] editorial insertions. */
export function tokenizeQuery(text: string): QueryToken[] {
  const t = unwrapGluedBrackets(text).replace(ELLIPSIS_RE, ' \u0000 ');
  const out: QueryToken[] = [];
  let cut = false;
  let editorial = false;
  const PART_RE = /\u0000|\[|\]|[^\s[\]\u0000]+/g;
  let part = 0;
  for (const m of t.matchAll(PART_RE)) {
    const p = m[0];
    if (p === '\u0000') { if (out.length) cut = true; continue; }
    if (p === '[') { editorial = true; continue; }
    if (p === ']') { editorial = false; continue; }
    for (const w of tokenize(p)) {
      out.push({ w, raw: p, editorial, cutBefore: cut, part });
      cut = false;
    }
    part++;
  }
  return out;
}

/** 32-bit FNV-1a of a string: the shingle hash (stable across builds and platforms). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
