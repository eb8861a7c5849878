import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withoutInnerHtml } from '../../../modules/preact-no-inner-html';

/** modules/preact-no-inner-html.ts: the bundled Preact renders no HTML, whatever props it is given. */
const PREACT = resolve(import.meta.dirname, '../../../node_modules/preact/dist/preact.mjs');
const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

type PreactModule = typeof import('preact');

async function transformedPreact(): Promise<PreactModule> {
  // Inside the project: vitest's module loader does not serve files from outside it.
  const dir = resolve(import.meta.dirname, '../../../node_modules/.cache/qt-test');
  mkdirSync(dir, { recursive: true });
  const file = mkdtempSync(join(dir, 'preact-')) + '/preact.mjs';
  writeFileSync(file, withoutInnerHtml(readFileSync(PREACT, 'utf8')));
  return (await import(/* @vite-ignore */ file)) as PreactModule;
}

describe('Preact as the build bundles it', () => {
  test('has no innerHTML assignment left, and still reads its own props', () => {
    const out = withoutInnerHtml(readFileSync(PREACT, 'utf8'));
    expect(out).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(out).toMatch(/\.textContent=[\w$]+\.__html/);
  });

  test('shows a dangerouslySetInnerHTML value as inert text: no element is parsed from it', async () => {
    const { h, render } = await transformedPreact();
    const root = document.createElement('div');
    document.body.append(root);
    render(h('p', { dangerouslySetInnerHTML: { __html: HOSTILE } }), root);
    const p = root.querySelector('p')!;
    expect(p.textContent).toBe(HOSTILE);
    expect(p.children).toHaveLength(0);
    // Ordinary rendering is untouched.
    render(h('p', null, 'plain ', h('b', null, 'bold')), root);
    expect(root.innerHTML).toBe('<p>plain <b>bold</b></p>');
  });

  test('a Preact whose renderer changed shape fails the build instead of shipping the sink', () => {
    expect(() => withoutInnerHtml('el.innerHTML = html;')).toThrow(/expected one/);
    expect(() => withoutInnerHtml('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/);
  });
});
