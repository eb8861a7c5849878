import fc from 'fast-check';
import { Window } from 'happy-dom';

/** Random DOM trees for the text-map, unit and highlight properties (built with DOM calls). */

export type TreeNode = { text: string } | { tag: string; children: TreeNode[] };

const TEXT_PIECES = ['a', 'Bo', 'said', ' ', '  ', '\n', '\t', '\u00a0', '"', '“', '”', '.', ',', 'é', '東', '😀', "'", '<b>', '&amp;'];
const TAGS = ['p', 'div', 'span', 'b', 'em', 'li', 'ul', 'blockquote', 'section', 'h2', 'a', 'br', 'nav', 'script', 'aside', 'td'];

export const textArb = fc.array(fc.constantFrom(...TEXT_PIECES), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

export const treeArb: fc.Arbitrary<TreeNode[]> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: textArb }),
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
  forest: fc.array(tie('node'), { minLength: 1, maxLength: 6 }),
})).forest as fc.Arbitrary<TreeNode[]>;

export function newDocument(): Document {
  return new Window().document as unknown as Document;
}

export function build(doc: Document, nodes: TreeNode[], parent: Element): Element {
  for (const n of nodes) {
    if ('text' in n) parent.appendChild(doc.createTextNode(n.text));
    else {
      const el = doc.createElement(n.tag);
      if (n.tag !== 'br') build(doc, n.children, el);
      parent.appendChild(el);
    }
  }
  return parent;
}

/** A fresh root <div> holding the tree, attached to a document body. */
export function mount(nodes: TreeNode[]): { doc: Document; root: Element } {
  const doc = newDocument();
  const root = build(doc, nodes, doc.createElement('div'));
  doc.body.appendChild(root);
  return { doc, root };
}

export const isWs = (ch: string) => /[ \t\n\r\f]/.test(ch);
