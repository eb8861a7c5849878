import { describe, expect, test } from 'vitest';
import { findMarks, removeAllMarks, wrapPieces } from '../../../lib/dom/highlight';
import { buildTextMap, piecesForRange } from '../../../lib/dom/text-map';

describe('wrapPieces / removeAllMarks', () => {
  test('wraps a quote that crosses inline elements and restores the text nodes exactly', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>She said "we <em>shall</em> see" and left.</p>';
    const before = root.innerHTML;
    const map = buildTextMap(root);
    const start = map.text.indexOf('we');
    const end = map.text.indexOf('see') + 3;
    const marks = wrapPieces(document, piecesForRange(map, start, end), 'q-abc-0');
    expect(marks.length).toBe(3);
    expect(marks.map((m) => m.textContent).join('')).toBe('we shall see');
    expect(marks[0].tabIndex).toBe(0);
    expect(findMarks(root, 'q-abc-0').length).toBe(3);
    expect(root.querySelector('p')!.textContent).toBe('She said "we shall see" and left.');
    removeAllMarks(root);
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.childNodes.length).toBe(3);
  });

  test('a hostile id cannot select other marks', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>"x"</p>';
    const map = buildTextMap(root);
    wrapPieces(document, piecesForRange(map, 1, 2), 'q-1-0');
    expect(findMarks(root, '"] , qtmark[x="')).toEqual([]);
  });
});
