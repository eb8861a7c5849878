import { describe, expect, test } from 'vitest';
import { buildTextMap, piecesForRange } from '../../../lib/dom/text-map';

function el(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('buildTextMap', () => {
  test('joins blocks with a blank line and collapses white space as rendered', () => {
    const root = el('<p>One  <b>two</b>\n   three</p>\n  <p>Four</p>');
    expect(buildTextMap(root).text).toBe('One two three\n\nFour');
  });

  test('leaves out site chrome and scripts', () => {
    const root = el('<nav>"Menu"</nav><p>Body "quote" here.</p><aside>"Rail"</aside><script>var a="x"</script><div class="related-links">"Link"</div>');
    expect(buildTextMap(root).text).toBe('Body "quote" here.');
  });

  test('every offset maps back to the character it came from', () => {
    const root = el('<p>  He said,\n "We <i>will</i>   win."  </p><p>Next.</p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('We');
    const end = map.text.indexOf('win.') + 4;
    const pieces = piecesForRange(map, start, end);
    const rebuilt = pieces.map((p) => p.node.data.slice(p.start, p.end)).join('|');
    expect(rebuilt).toBe('We |will|   win.');
  });

  test('bounded on deep nesting', () => {
    let html = '';
    for (let i = 0; i < 2000; i++) html += '<div>';
    html += 'deep';
    const map = buildTextMap(el(html));
    expect(map.text.includes('deep')).toBe(false);
  });
});
