import { describe, expect, test } from 'vitest';
import { detectWindow, planWindows } from '../../../lib/dom/scan-windows';
import { BLOCK_BREAK } from '../../../lib/dom/text-map';
import { MAX_PIECE_CHARS, splitLongUnits } from '../../../lib/dom/unit-pieces';
import { detectInPage } from '../../../lib/pipeline';

const para = (i: number) => `"Line ${i} of the budget must be reviewed," said Maria Lopez. Members listened to her for a while.`;

describe('splitLongUnits', () => {
  test('short units stay one piece each, at offset 0', () => {
    const p = splitLongUnits(['one', 'two']);
    expect(p).toEqual({ texts: ['one', 'two'], unit: [0, 1], from: [0, 0] });
  });

  test('a long unit is cut at its paragraph breaks into pieces no longer than the bound, in order', () => {
    const text = Array.from({ length: 60 }, (_, i) => para(i)).join(BLOCK_BREAK);
    const p = splitLongUnits(['lede', text]);
    expect(p.unit[0]).toBe(0);
    expect(p.texts.length).toBeGreaterThan(3);
    for (let i = 1; i < p.texts.length; i++) {
      expect(p.unit[i]).toBe(1);
      expect(p.texts[i].length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
      // each piece is its unit's text at its offset, and cuts fall on a paragraph break
      expect(text.slice(p.from[i], p.from[i] + p.texts[i].length)).toBe(p.texts[i]);
      expect(p.texts[i].startsWith('"Line')).toBe(true);
    }
    // joined with the break they were cut at, the pieces are the unit's text again
    expect(p.texts.slice(1).join(BLOCK_BREAK)).toBe(text);
  });

  test('a long text without breaks is cut after a sentence, then at a space, then anywhere', () => {
    const sentences = 'The plan was approved. '.repeat(200);
    for (const piece of splitLongUnits([sentences]).texts.slice(0, -1)) expect(piece.endsWith('.')).toBe(true);
    const words = 'word '.repeat(1000);
    for (const piece of splitLongUnits([words]).texts.slice(0, -1)) expect(piece.endsWith('word')).toBe(true);
    const blob = 'x'.repeat(5000);
    const p = splitLongUnits([blob]);
    expect(p.texts.join('')).toBe(blob);
    expect(Math.max(...p.texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_PIECE_CHARS);
  });

  test('windows over the pieces find the quotes detection finds in the whole unit, at the same unit offsets', () => {
    const text = Array.from({ length: 80 }, (_, i) => para(i)).join(BLOCK_BREAK);
    const whole = detectInPage(text).map((q) => [q.start, q.end, q.speaker]);
    const p = splitLongUnits([text]);
    const found = planWindows(p.texts.map((t) => t.length), p.texts.map(() => true), p.texts.map(() => 0))
      .flatMap((plan) => detectWindow(p.texts, plan, detectInPage))
      .map((f) => [p.from[f.unit] + f.start, p.from[f.endUnit] + f.endOffset, f.quote.speaker]);
    expect(found).toEqual(whole);
  });
});
