import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';
import { detectWindow, planWindows, WINDOW_CHARS } from '../../../lib/dom/scan-windows';

/** Unit texts built from pieces that stress the detector, as paragraphs of a page. */
const piece = fc.constantFrom(
  '"', '“', '”', "'", '‘', '’', ' ', ',', '.', ':', '—', 'said', 'told', 'he', 'she', 'Jane Holt', 'Holt', 'We will win',
  'the minister', 'according to', "don't", 'Москва', '東京',
);
const unitText = fc.array(piece, { maxLength: 30 }).map((a) => a.join(' ').replace(/\n/g, ' '));
const units = fc.array(unitText, { minLength: 1, maxLength: 25 });
const TIMEOUT_MS = 60_000;

describe('windowed detection properties', () => {
  test('a page that fits one window gives exactly the whole-text quotes', () => {
    fc.assert(
      fc.property(units, (texts) => {
        const plans = planWindows(texts.map((t) => t.length), texts.map(() => true), texts.map(() => 0));
        expect(plans.length).toBe(1);
        const got = detectWindow(texts, plans[0], detectQuotes).map((f) => f.quote);
        // The page's text: empty units add no separator (as in buildTextMap of the root).
        const whole = detectQuotes(texts.filter(Boolean).join('\n\n'));
        // A quote that ends inside a separator is not cut into a unit; every other one is kept.
        const key = (q: { text: string; speaker: string | null; kind: string }) => `${q.kind}|${q.speaker}|${q.text}`;
        expect(got.map(key)).toEqual(whole.filter((q) => got.some((g) => key(g) === key(q)) || !q.text.endsWith('\n')).map(key));
      }),
      { numRuns: 300 },
    );
  }, TIMEOUT_MS);

  test('any plan covers every target once; quotes lie inside their units and slice their text', () => {
    const longUnits = fc.array(fc.tuple(unitText, fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 40 })
      // Repeat texts so windows split (WINDOW_CHARS is small next to these pages).
      .map((rows) => rows.map(([t, k]) => `${t} `.repeat(Math.ceil(k / Math.max(1, t.length / 40)))));
    fc.assert(
      fc.property(longUnits, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.array(fc.nat(2), { minLength: 40, maxLength: 40 }), (texts, targetBits, groupBits) => {
        const isTarget = texts.map((_, i) => targetBits[i]);
        let g = 0;
        const group = texts.map((_, i) => (i > 0 && groupBits[i] === 0 ? ++g : g));
        const plans = planWindows(texts.map((t) => t.length), isTarget, group);
        const covered = new Map<number, number>();
        for (const p of plans) {
          for (const u of p.span) covered.set(u, (covered.get(u) ?? 0) + 1);
          for (const u of [...p.context, ...p.span]) expect(group[u]).toBe(group[p.span[0]]);
          for (const u of p.context) expect(u).toBeLessThan(p.span[0]);
          const spanChars = p.span.reduce((n, u) => n + texts[u].length, 0);
          if (p.span.length > 1) expect(spanChars).toBeLessThanOrEqual(WINDOW_CHARS);
          for (const f of detectWindow(texts, p, detectQuotes)) {
            expect(p.span).toContain(f.unit);
            if (f.unit === f.endUnit) expect(texts[f.unit].slice(f.start, f.end)).toBe(f.quote.text);
            expect(f.endOffset).toBeLessThanOrEqual(texts[f.endUnit].length);
          }
        }
        texts.forEach((_, i) => expect(covered.get(i) ?? 0, `unit ${i}`).toBe(isTarget[i] ? 1 : covered.get(i) ?? 0));
        for (const [u, n] of covered) expect(n, `unit ${u} in one window`).toBe(1);
      }),
      { numRuns: 150 },
    );
  }, TIMEOUT_MS);
});
