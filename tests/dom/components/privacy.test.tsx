import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PlainMarkdown } from '../../../components/PlainMarkdown';
import { mountEach } from './mount';

let root: HTMLElement;
mountEach((el) => (root = el));
const policy = readFileSync(resolve(__dirname, '../../../docs/privacy.md'), 'utf8');

describe('the privacy page', () => {
  it('shows docs/privacy.md: its headings, paragraphs and lists', () => {
    render(<PlainMarkdown source={policy} />, root);
    const headings = [...policy.matchAll(/^#{1,3} (.+)$/gm)].map((m) => m[1]);
    expect([...root.querySelectorAll('h1, h2, h3')].map((h) => h.textContent)).toEqual(headings);
    expect(root.querySelectorAll('li').length).toBe([...policy.matchAll(/^- /gm)].length);
    expect(root.textContent).toContain('The only network requests QuoteTrace makes are downloads of database packs you added yourself');
  });

  it('renders markup in the text as text', () => {
    render(<PlainMarkdown source={'# Title <b>x</b>\n\nA *word* and `code` and <img src=x onerror=alert(1)>'} />, root);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('em')!.textContent).toBe('word');
    expect(root.querySelector('code')!.textContent).toBe('code');
    expect(root.querySelector('p')!.textContent).toContain('<img src=x');
  });
});
