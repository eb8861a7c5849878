import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';
import { detectWindow, planWindows } from '../../../lib/dom/scan-windows';

/**
 * Inputs built to hit worst cases (unbalanced marks by the thousand, endless names and cues, one
 * giant paragraph): detection finishes, stays inside the text, and the windowed scan over the same
 * text as units never returns a quote outside its unit. Time per size is reported by
 * `npx tsx scripts/bench-page.ts`; here only completion and correctness are asserted.
 */
const TIMEOUT_MS = 120_000;
const SIZE = 100_000;

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const ADVERSARIAL: Record<string, string> = {
  'opening marks only': fill('"'),
  'curly opens, no closes': fill('“a '),
  'alternating marks': fill('"“”\'‘’'),
  'names and cues, no quotes': fill('Jane Holt said Holt told he said the minister said '),
  'quotes with no speaker': fill('"We will win." '),
  'one giant quote': `"${fill('word ')}," said Jane Holt.`,
  'nested marks': fill('"‘“a”’" '),
  'no spaces': fill('abcdefghij'),
  'newline storm': fill('\n'),
  'apostrophes': fill("don't '90s rock 'n' roll "),
};

describe('detection on adversarial inputs of 100,000 characters', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    test(name, () => {
      const quotes = detectQuotes(text);
      for (const q of quotes) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(q.start, q.end)).toBe(q.text);
      }
    }, TIMEOUT_MS);
  }

  test('property: windowed detection over random paragraphs stays inside units', () => {
    const para = fc.array(fc.constantFrom('"', '“', '”', ' ', 'said', 'Jane Holt', 'we win', '.', ','), { maxLength: 40 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 60 }), (texts) => {
        const plans = planWindows(texts.map((t) => t.length), texts.map(() => true), texts.map(() => 0), 200);
        for (const p of plans) {
          for (const f of detectWindow(texts, p, detectQuotes)) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(texts[f.unit].length);
            expect(f.endOffset).toBeLessThanOrEqual(texts[f.endUnit].length);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, TIMEOUT_MS);
});
