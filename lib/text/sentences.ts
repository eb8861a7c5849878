/**
 * Sentence boundaries found by looking outward from a position, with bounded windows, so the
 * cost per quote is constant however long the text. Abbreviations ("Mr.", "U.S.", "Jan.") and
 * initials ("John F. Kennedy") do not end a sentence.
 */

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const UPPER = /\p{Lu}/u;
const DOTTED_INITIALS = /^\p{L}(?:\.\p{L})+$/u;
const LOWER = /\p{Ll}/u;

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr sen rep reps sens gov gen col lt st jr sr inc corp co ltd vs etc no gop del pres ' +
    'sec amb atty adm cmdr cpl pvt supt insp det hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev prof sgt capt maj adm dept ' +
    'u.s u.k u.n a.m p.m d.c e.g i.e ph.d').split(' '),
);

/** Longest entry of ABBREVIATIONS (a longer word without a period cannot be one). */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

// These run for every period, and for every character a sentence scan passes: code-unit tests
// with the regexes kept for non-ASCII units (tests/unit/text/fast-paths.test.ts checks them).
const isSpaceCode = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c)));
/** /[\p{L}.]/u.test(one code unit), by unit; lone surrogates are no letters. */
const LETTER_OR_DOT = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes
function isLetterOrDot(c: number): boolean {
  let v = LETTER_OR_DOT[c];
  if (v === 0) {
    v = c < 128 ? ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 ? 2 : 1) : /[\p{L}.]/u.test(String.fromCharCode(c)) ? 2 : 1;
    LETTER_OR_DOT[c] = v;
  }
  return v === 2;
}
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;

/** True when the period at i ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, i: number): boolean {
  let s = i;
  let ascii = true;
  let dot = false;
  while (s > 0 && s > i - 12) {
    const c = text.charCodeAt(s - 1);
    if (!isLetterOrDot(c)) break;
    if (c >= 128) ascii = false;
    else if (c === 46) dot = true;
    s--;
  }
  // most words before a period: ASCII, longer than any abbreviation, no inner period (so no
  // initial, no "U.S"): decided without building the word
  if (ascii && !dot && (i - s === 0 || i - s > ABBREVIATION_MAX)) return false;
  const word = text.slice(s, i).toLowerCase();
  if (word.length === 1 && UPPER.test(text[s])) return true; // initial
  if (DOTTED_INITIALS.test(word)) return true; // U.S, G.K, D.C
  return ABBREVIATIONS.has(word);
}

/** Whether the first word after the blanks at j is lower case (on the same line). */
function continuesLowercase(text: string, j: number): boolean {
  let k = j;
  while (k < text.length && k < j + 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
  const c = text.charCodeAt(k);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(text[k] ?? '');
}

/** Is there a sentence end at i (a . ! ? … followed by closers, then a blank or the end)? */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  if (text.charCodeAt(i + 1) === 41) return false; // "(D-Ore.)" closes a parenthesis, not a sentence
  let j = i + 1;
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  if (j < text.length && !isSpaceCode(text.charCodeAt(j))) return false;
  if (c === 46 && isAbbreviation(text, i)) return false;
  // "She declared “What a Super Tuesday!” and said …": a lower-case word after the marks goes on with the sentence
  if (continuesLowercase(text, j)) return false;
  return true;
}

/** Start of the sentence containing pos, not earlier than limit. */
export function sentenceStartBefore(text: string, pos: number, limit: number): number {
  for (let i = pos - 1; i >= limit; i--) {
    if (text.charCodeAt(i) === 10) return i + 1;
    if (isSentenceEnd(text, i)) {
      let j = i + 1;
      while (j < pos && (isCloser(text.charCodeAt(j)) || isSpaceCode(text.charCodeAt(j)))) j++;
      return j;
    }
  }
  return limit;
}

/** End (exclusive, after the punctuation) of the sentence containing pos, not past limit. */
export function sentenceEndAfter(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    if (text.charCodeAt(i) === 10) return i;
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return limit;
}
