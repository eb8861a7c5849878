import { describe, expect, test } from 'vitest';
import { listUnits, unitOf } from '../../../lib/dom/scan-units';
import { buildTextMap } from '../../../lib/dom/text-map';

function el(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.appendChild(div);
  return div;
}

describe('listUnits', () => {
  test('paragraphs are units; containers of blocks are walked; chrome is skipped', () => {
    const root = el('<section><p id="a">One "two".</p><div><p id="b">Three.</p><li id="c">Four</li></div></section><nav><p>Menu</p></nav><p id="d">Five <b>six</b></p>');
    expect(listUnits(root).units.map((u) => u.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('a container that mixes its own text with blocks is one unit', () => {
    const root = el('<div id="mix">Lead text <p>and a paragraph</p></div><p id="p">Next</p>');
    expect(listUnits(root).units.map((u) => u.id)).toEqual(['mix', 'p']);
  });

  test('open shadow roots are walked in the flat tree, slotted light DOM in its slot', () => {
    const root = el('<x-story id="host"><p slot="lede" id="lede">Slotted "words"</p></x-story>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s1">Shadow one</p><div><slot name="lede"></slot></div><p id="s2">Shadow two</p>';
    const listing = listUnits(root);
    expect(listing.shadowRoots).toEqual([shadow]);
    // The div holding the slot is the unit; the slotted paragraph is read inside it.
    expect(listing.units.map((u) => u.id || u.tagName)).toEqual(['s1', 'DIV', 's2']);
    expect(buildTextMap(root).text).toBe('Shadow one\n\nSlotted "words"\n\nShadow two');
  });

  test('depth is bounded: a 5,000-deep nest does not overflow the stack', () => {
    const root = el('<p id="top">Top</p>');
    let n: Element = root;
    for (let i = 0; i < 5000; i++) n = n.appendChild(document.createElement('div'));
    n.textContent = 'bottom';
    const { units } = listUnits(root);
    expect(units[0].id).toBe('top');
    expect(units.length).toBe(2);
  });
});

describe('unitOf', () => {
  // (Climbing through a slot needs Node.assignedSlot, which happy-dom lacks: the browser tests
  // change a slotted paragraph and see it rescanned.)
  test('climbs to the unit, through shadow hosts; reports root-level and outside changes', () => {
    const root = el('<x-story id="host"></x-story><div id="box"><p id="p"><b id="b">x</b></p></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="sp"><i>deep</i> and more</p>';
    const units = new Set(listUnits(root).units);
    const roots = new Set<Element>([root]);
    expect(unitOf(root.querySelector('#b')!.firstChild, units, roots)).toBe(root.querySelector('#p'));
    expect(unitOf(shadow.querySelector('i')!.firstChild, units, roots)).toBe(shadow.querySelector('#sp'));
    expect(unitOf(root.querySelector('#box'), units, roots)).toBe('root');
    expect(unitOf(document.body, units, roots)).toBeNull();
  });
});
