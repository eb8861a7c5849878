/**
 * Sentence boundaries found by looking outward from a position, with bounded windows, so the
 * cost per quote is constant however long the text. Abbreviations ("Mr.", "U.S.", "Jan.") and
 * initials ("John F. Kennedy") do not end a sentence.
 */

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr sen rep reps sens gov gen col lt st jr sr inc corp co ltd vs etc no gop del pres ' +
    'sec amb atty adm cmdr cpl pvt supt insp det hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev prof sgt capt maj adm dept ' +
    'u.s u.k u.n a.m p.m d.c e.g i.e ph.d').split(' '),
);

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const CLOSERS = '"\'\u201d\u2019)]\u00bb';

/** True when the period at i ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && s > i - 12 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, i).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[s])) return true; // initial
  if (/^\p{L}(?:\.\p{L})+$/u.test(word)) return true; // U.S, G.K, D.C
  return ABBREVIATIONS.has(word);
}

/** Is there a sentence end at i (a . ! ? … followed by closers, then a blank or the end)? */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') return false;
  if (text[i + 1] === ')') return false; // "(D-Ore.)" closes a parenthesis, not a sentence
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j])) j++;
  if (j < text.length && !isSpace(text[j])) return false;
  if (c === '.' && isAbbreviation(text, i)) return false;
  return true;
}

/** Start of the sentence containing pos, not earlier than limit. */
export function sentenceStartBefore(text: string, pos: number, limit: number): number {
  for (let i = pos - 1; i >= limit; i--) {
    if (text[i] === '\n') return i + 1;
    if (isSentenceEnd(text, i)) {
      let j = i + 1;
      while (j < pos && (CLOSERS.includes(text[j]) || isSpace(text[j]))) j++;
      return j;
    }
  }
  return limit;
}

/** End (exclusive, after the punctuation) of the sentence containing pos, not past limit. */
export function sentenceEndAfter(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    if (text[i] === '\n') return i;
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return limit;
}
