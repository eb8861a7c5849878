import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';

/** Text built from pieces that stress the detector: marks of every kind, names, cues, breaks. */
const piece = fc.constantFrom(
  '"', '“', '”', '„', '«', '»', "'", '‘', '’', '「', '」', "''", '``', ' ', '\n', '\n\n', ',', '.', ':', '—', '―',
  'said', 'told', 'he', 'she', 'the senator', 'Jane Holt', 'Holt', 'Mr.', 'NATO', 'according to', 'We will win',
  "don't", "'90s", 'Москва', 'القاهرة', '東京', '(R-Wis.)',
);
const textArb = fc.oneof(fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')), fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), fc.string({ maxLength: 200 }));

describe('detectQuotes properties', () => {
  it('never throws and returns ordered spans that slice the text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const qs = detectQuotes(text);
        let last = -1;
        for (const q of qs) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
          last = q.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('returns spans that do not overlap', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const qs = detectQuotes(text);
        for (let i = 1; i < qs.length; i++) expect(qs[i].start).toBeGreaterThanOrEqual(qs[i - 1].end);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(textArb, (text) => {
      expect(detectQuotes(text)).toEqual(detectQuotes(text));
    }), { numRuns: 100 });
  });
});
