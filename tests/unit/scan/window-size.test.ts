import { describe, expect, test } from 'vitest';
import { CONTEXT_CHARS, LEDE_CHARS, MIN_SPAN_CHARS, planWindowsLazily, WINDOW_CHARS, windowSizeFor, type WindowSize } from '../../../lib/dom/scan-windows';

const charsOf = (lengths: number[], units: number[]) => units.reduce((n, u) => n + lengths[u], 0);

describe('detection windows sized by the rate learned on the page', () => {
  test('a fast page gets the default window; a slow one smaller targets with the full context', () => {
    expect(windowSizeFor(0.0005, 25)).toEqual({ span: WINDOW_CHARS, lede: LEDE_CHARS, context: CONTEXT_CHARS });
    const slow = windowSizeFor(0.002, 25); // 2 µs a character: 12,500 characters in 25 ms
    expect(slow).toEqual({ span: 12_500 - LEDE_CHARS - CONTEXT_CHARS, lede: LEDE_CHARS, context: CONTEXT_CHARS });
    expect(slow.span).toBeLessThan(WINDOW_CHARS);
    const crawling = windowSizeFor(1, 25);
    expect(crawling).toEqual({ span: MIN_SPAN_CHARS, lede: LEDE_CHARS, context: CONTEXT_CHARS });
  });

  test('each window is sized when it is planned, and reads no more than its size allows', () => {
    const lengths = Array.from({ length: 60 }, () => 500);
    const sizes: WindowSize[] = [{ span: 2_500, lede: 2_500, context: 2_500 }, { span: 1_000, lede: 500, context: 500 }];
    let asked = 0;
    const plans = [...planWindowsLazily(lengths, lengths.map(() => true), lengths.map(() => 0), () => sizes[Math.min(asked++, 1)])];
    expect(plans[0].span.length).toBe(5);
    expect(asked).toBe(plans.length);
    for (const p of plans.slice(1)) {
      expect(charsOf(lengths, p.span)).toBeLessThanOrEqual(1_000);
      expect(charsOf(lengths, p.context)).toBeLessThanOrEqual(500 + 500);
    }
    // every unit is a target of exactly one window
    expect(plans.flatMap((p) => p.span)).toEqual(lengths.map((_, i) => i));
  });

  test('one long block before a window is not read as its context', () => {
    const lengths = [300, 20_000, 400, 400];
    const isTarget = [false, false, true, true];
    const [plan] = [...planWindowsLazily(lengths, isTarget, [0, 0, 0, 0], () => ({ span: WINDOW_CHARS, lede: LEDE_CHARS, context: CONTEXT_CHARS }))];
    expect(plan.span).toEqual([2, 3]);
    expect(plan.context).toEqual([0]);
  });
});
