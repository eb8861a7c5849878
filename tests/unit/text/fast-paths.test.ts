import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripPossessive, tokenize, tokensIn } from '../../../lib/text/tokens';
import { countWords, isNamingLeadIn, isTitleCase, nextWord, PREVIOUS_WORD, previousWord } from '../../../lib/detect/scare-quotes';
import { keyOf, low } from '../../../lib/detect/names';

/** Pieces where token edges are tricky: inner apostrophes, dots, hyphens, marks, astral letters. */
const piece = fc.constantFrom(
  'Holt', "don't", 'U.S.', 'Secretary-General', 'Jones’s', "'90s", '-', '.', "'", '’', ' ', '  ', '\n', ',', ':',
  'e\u0301t\u00e9', 'Москва', '東京', '\u{1D400}\u{1D401}', '42', '3.5', 'a', 'B.', '--', '“', '”',
);
const textArb = fc.oneof(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 60 }));

/** The pattern tokenize scans by hand. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
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
