import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findMarks, removeAllMarks, wrapPieces } from '../../../lib/dom/highlight';
import { listUnits } from '../../../lib/dom/scan-units';
import { buildTextMap, piecesForRange } from '../../../lib/dom/text-map';
import { wrapQuote, type FoundQuote } from '../../../entrypoints/content/found-quote';
import { isWs, mount, treeArb } from './dom-arbitraries';

/** Generated trees on a loaded 2-core machine: generous. */
const TIMEOUT_MS = 60_000;
const RUNS = 500;

describe('text map properties (random DOM trees)', () => {
  test('every character of the map comes from exactly the node character it maps to', () => {
    fc.assert(
      fc.property(treeArb, (nodes) => {
        const { root } = mount(nodes);
        const map = buildTextMap(root);
        let fromSegments = 0;
        for (const s of map.segments) {
          for (let i = s.start; i < s.end; i++) {
            const [piece] = piecesForRange(map, i, i + 1);
            expect(piece.node).toBe(s.node);
            expect(piece.end - piece.start).toBe(1);
            const source = piece.node.data[piece.start];
            if (map.text[i] === ' ') expect(isWs(source)).toBe(true);
            else expect(source).toBe(map.text[i]);
            fromSegments++;
          }
        }
        // Everything else in the text is a separator: a block break, or the single space a
        // white-space-only text node between two inline runs stands for.
        let separators = 0;
        for (const ch of map.text) if (ch === '\n' || ch === ' ') separators++;
        expect(map.text.length - fromSegments).toBeLessThanOrEqual(separators);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('a range maps to pieces in document order whose text, white space collapsed, is the range', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (nodes, x, y) => {
        const { root } = mount(nodes);
        const map = buildTextMap(root);
        if (map.text.length === 0) return;
        const a = x % map.text.length;
        const b = a + 1 + (y % (map.text.length - a));
        const pieces = piecesForRange(map, a, b);
        for (let i = 1; i < pieces.length; i++) {
          const [p, q] = [pieces[i - 1], pieces[i]];
          const order = p.node.compareDocumentPosition(q.node);
          expect(p.node === q.node ? q.start >= p.end : (order & 4) !== 0).toBe(true); // 4: FOLLOWING
        }
        const joined = pieces.map((p) => p.node.data.slice(p.start, p.end)).join('');
        expect(joined.replace(/\s+/g, '')).toBe(map.text.slice(a, b).replace(/\s+/g, ''));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('scan units are disjoint and their texts, joined by blank lines, are the whole text', () => {
    fc.assert(
      fc.property(treeArb, (nodes) => {
        const { root } = mount(nodes);
        const { units } = listUnits(root);
        for (const u of units) for (const v of units) if (u !== v) expect(u.contains(v)).toBe(false);
        const joined = units.map((u) => buildTextMap(u).text).filter(Boolean).join('\n\n');
        expect(joined).toBe(buildTextMap(root).text);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('wrapping random ranges keeps the text, never nests, and unwrapping restores the exact DOM', () => {
    fc.assert(
      fc.property(treeArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }), (nodes, cuts) => {
        const { doc, root } = mount(nodes);
        const before = root.innerHTML;
        const text = root.textContent;
        const map = buildTextMap(root);
        if (map.text.length === 0) return;
        // Non-overlapping ranges, wrapped last first (as the scanner does).
        const ranges = cuts
          .map(([x, y]) => {
            const a = x % map.text.length;
            return [a, a + 1 + (y % Math.min(40, map.text.length - a))] as const;
          })
          .sort((p, q) => q[0] - p[0]);
        let floor = Infinity;
        ranges.forEach(([a, b], i) => {
          if (b > floor) return;
          floor = a;
          wrapPieces(doc, piecesForRange(map, a, b), `q-x-${i}`);
        });
        expect(root.textContent).toBe(text);
        expect(root.querySelectorAll('qtmark qtmark').length).toBe(0);
        // Wrapping the whole text again: refused when any piece already sits in a mark, and
        // never a nested mark either way.
        const again = buildTextMap(root);
        if (findMarks(root).length > 0 && again.text.length > 0) {
          const pieces = piecesForRange(again, 0, again.text.length);
          const inMark = pieces.some((p) => p.node.parentElement?.closest('qtmark'));
          const q: FoundQuote = { id: 'q-again-0', detected: null as never, units: [root], start: 0, endOffset: again.text.length, match: null, pageStatus: 'unmatched', marks: [] };
          expect(wrapQuote(q, pieces)).toBe(!inMark && pieces.length > 0);
          expect(root.querySelectorAll('qtmark qtmark').length).toBe(0);
        }
        removeAllMarks(root);
        expect(root.innerHTML).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);
});
