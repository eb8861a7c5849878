import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripPossessive, tokenize, tokensIn } from '../../../lib/text/tokens';
import { countWords, isNamingLeadIn, isTitleCase, nextWord, PREVIOUS_WORD, previousWord } from '../../../lib/detect/scare-quotes';
import { keyOf, low } from '../../../lib/detect/names';
import { isSentenceEnd, sentenceEndAfter, sentenceStartBefore } from '../../../lib/text/sentences';

/** Pieces where token edges are tricky: inner apostrophes, dots, hyphens, marks, astral letters. */
const piece = fc.constantFrom(
  'Holt', "don't", 'U.S.', 'Secretary-General', 'Jones’s', "'90s", '-', '.', "'", '’', ' ', '  ', '\n', ',', ':',
  'e\u0301t\u00e9', 'FranÃ§ois', 'Sarukh\u00c3\u0083\u00c2\u00a1n', 'SarukhA\u0303\u0083A\u0302\u00a1n', 'A\u0303', '\u0303', 'Ã', 'Â', '§', '\u00a0', '\u0083', 'Москва', '東京', '\u{1D400}\u{1D401}', '42', '3.5', 'a', 'B.', '--', '“', '”',
);
const textArb = fc.oneof(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 60 }));

/** The pattern tokenize scans by hand. */
const INNER = String.raw`(?:[\p{L}\p{M}\p{N}]|(?<=[\u00c2\u00c3]|A[\u0302\u0303])[\u0080-\u009f\u00a1-\u00bf](?=\p{L}))`;
const WORD = new RegExp(String.raw`[\p{L}\p{N}]${INNER}*(?:['\u2019\-.][\p{L}\p{N}]${INNER}*)*`, 'gu');
const tokenizeByRegex = (text: string, from: number, to: number) =>
  [...text.slice(from, to).matchAll(WORD)].map((m) => ({ s: from + m.index, e: from + m.index + m[0].length, w: m[0] }));

describe('fast paths give exactly what the plain forms give', () => {
  it('tokenize equals the regex it implements, for every window', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, x, y) => {
        expect(tokenize(text)).toEqual(tokenizeByRegex(text, 0, text.length));
        const a = x % (text.length + 1);
        const b = y % (text.length + 1);
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(tokenize(text, from, to)).toEqual(tokenizeByRegex(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('tokensIn equals tokenize of the same window, for every window', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, x, y) => {
        const all = tokenize(text);
        const a = x % (text.length + 1);
        const b = y % (text.length + 1);
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(tokensIn(text, all, from, to)).toEqual(tokenize(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('countWords and nextWord equal the regexes they implement', () => {
    const USE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
    fc.assert(
      fc.property(textArb, fc.nat(), fc.integer({ min: 1, max: 9 }), (text, x, max) => {
        expect(countWords(text, max)).toBe(Math.min((text.match(USE_WORD) ?? []).length, max));
        const pos = x % (text.length + 1);
        const m = /^\s*([\p{L}\p{N}][\p{L}\p{N}'\u2019-]*)/u.exec(text.slice(pos, pos + 40));
        expect(nextWord(text, pos)).toBe(m ? m[1] : '');
      }),
      { numRuns: 3000 },
    );
  });

  it('previousWord equals the end-anchored regex on the 40 characters before pos', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), (text, x) => {
        const pos = x % (text.length + 1);
        const m = PREVIOUS_WORD.exec(text.slice(Math.max(0, pos - 40), pos));
        expect(previousWord(text, pos)).toBe(m ? m[1] : '');
      }),
      { numRuns: 2000 },
    );
  });

  it('isNamingLeadIn equals the four naming regexes it gates', () => {
    const KNOWN_AS = /\bknown(?:\s+\p{L}+){0,3}\s+as\s*$/iu;
    const FILED_AS = /\b(?:tagged|billed|marketed|listed|filed|classed|classified|advertised|labell?ed)\s+(?:as|under)\s*$/iu;
    const GROUP_CALLS = /(?:^|\s)(?!(?:his|its|this|was|is|has|does|us|as|yes|thus|hers|ours|theirs|yours)\s)\p{Ll}[\p{Ll}-]*s\s+(?:(?:like|tend|prefer|love)\s+to\s+|(?:would|often|sometimes|now|still|usually|generally)\s+)?(?:call|term|dub|label)\s*$/u;
    const BRANDED = /\b(?:brand|brands|branded|branding|trademarked|rebranded)\s*$/iu;
    const word = fc.constantFrom(
      'known', 'KNOWN', 'as', 'AS', 'a\u017f', 'under', 'tagged', 'filed', 'labelled', 'programmers', 'fans', 'like', 'to', 'often',
      'call', 'Call', 'term', 'dub', 'label', 'brand', 'branded', 'BRANDED', 'rebranded', 'unbranded', 'co-branded', 'trademar\u212aed',
      'simply', 'this', 'is', 'Holt', 'x', '', '9', '_', 'ras', 'alias',
    );
    const blank = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\u2003', '', ',', '-', '\t');
    const lead = fc.oneof(fc.array(fc.tuple(word, blank), { maxLength: 8 }).map((a) => a.map(([w, b]) => w + b).join('')), fc.string({ maxLength: 80 }));
    const content = fc.constantFrom('Adaptive Focus', 'adaptive focus', 'The Apprentice', 'x');
    fc.assert(
      fc.property(lead, content, (before, c) => {
        const plain = KNOWN_AS.test(before) || FILED_AS.test(before) || GROUP_CALLS.test(before) || (BRANDED.test(before) && isTitleCase(c));
        expect(isNamingLeadIn(before, c)).toBe(plain);
      }),
      { numRuns: 5000 },
    );
  });

  it('sentence ends and sentence scans equal their plain string-and-regex forms', () => {
    // the forms lib/text/sentences.ts had before its code-unit fast paths
    const ABBR = new Set(('mr mrs ms dr sen rep reps sens gov gen col lt st jr sr inc corp co ltd vs etc no gop del pres sec amb atty adm cmdr cpl pvt supt insp det hon '
      + 'jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev prof sgt capt maj adm dept u.s u.k u.n a.m p.m d.c e.g i.e ph.d').split(' '));
    const space = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
    const CLOSE = '"\'\u201d\u2019)]\u00bb';
    const abbr = (text: string, i: number): boolean => {
      let s = i;
      while (s > 0 && s > i - 12 && /[\p{L}.]/u.test(text[s - 1])) s--;
      const word = text.slice(s, i).toLowerCase();
      if (word.length === 1 && /\p{Lu}/u.test(text[s])) return true;
      if (/^\p{L}(?:\.\p{L})+$/u.test(word)) return true;
      return ABBR.has(word);
    };
    const end = (text: string, i: number): boolean => {
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') return false;
      if (text[i + 1] === ')') return false;
      let j = i + 1;
      while (j < text.length && CLOSE.includes(text[j])) j++;
      if (j < text.length && !space(text[j])) return false;
      if (c === '.' && abbr(text, i)) return false;
      // a lower-case word after the blanks goes on with the sentence
      let k = j;
      while (k < text.length && k < j + 3 && (text[k] === ' ' || text[k] === '\u00a0')) k++;
      return !(k < text.length && /\p{Ll}/u.test(text[k]));
    };
    const startBefore = (text: string, pos: number, limit: number): number => {
      for (let i = pos - 1; i >= limit; i--) {
        if (text[i] === '\n') return i + 1;
        if (end(text, i)) { let j = i + 1; while (j < pos && (CLOSE.includes(text[j]) || space(text[j]))) j++; return j; }
      }
      return limit;
    };
    const endAfter = (text: string, pos: number, limit: number): number => {
      for (let i = pos; i < limit; i++) { if (text[i] === '\n') return i; if (end(text, i)) return i + 1; }
      return limit;
    };
    const sentencePiece = fc.constantFrom('Mr.', 'U.S.', 'Ph.D.', 'J.', 'Dept.', 'depts.', 'said.', 'İstanbul.', 'Straße.', 'ǅ.', 'Sept.', 'SEPT.', 'a.m.',
      '.', '!', '?', '\u2026', ')', '.)', '”', '’', '»', '"', ' ', '\u00a0', '\u2003', '\n', 'x', '\u{1D400}.', '\ud800.', 'Holt', '12.', 'é.');
    const text = fc.oneof(fc.array(sentencePiece, { maxLength: 30 }).map((a) => a.join('')), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        for (let i = -1; i <= t.length; i++) expect(isSentenceEnd(t, i)).toBe(end(t, i));
        const a = x % (t.length + 1);
        const b = y % (t.length + 1);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(sentenceStartBefore(t, hi, lo)).toBe(startBefore(t, hi, lo));
        expect(sentenceEndAfter(t, lo, hi)).toBe(endAfter(t, lo, hi));
      }),
      { numRuns: 3000 },
    );
  });

  it('low and keyOf equal their regex forms', () => {
    fc.assert(
      fc.property(textArb, (w) => {
        expect(low(w)).toBe(w.toLowerCase().replace(/\.$/, ''));
        expect(keyOf(w)).toBe(stripPossessive(w).toLowerCase().replace(/\u2019/g, "'"));
      }),
      { numRuns: 1000 },
    );
  });
});
