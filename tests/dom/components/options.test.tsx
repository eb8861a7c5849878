import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseList } from '../../../components/DatabaseList';
import { normalizeHost, SiteListEditor } from '../../../components/SiteListEditor';
import { decodeText } from '../../../entrypoints/options/decode-text';
import type { DbInfo } from '../../../lib/protocol/messages';
import { mountEach } from './mount';
import { makeT } from './translate';

const t = makeT('en');
let root: HTMLElement;
mountEach((el) => (root = el));

describe('normalizeHost', () => {
  it('reduces what a reader pastes to a host name', () => {
    expect(normalizeHost('https://www.Example.com/news?x=1')).toBe('www.example.com');
    expect(normalizeHost(' bbc.co.uk ')).toBe('bbc.co.uk');
    expect(normalizeHost('localhost')).toBe('localhost');
    expect(normalizeHost('not a host')).toBeNull();
    expect(normalizeHost('intranet')).toBeNull();
    expect(normalizeHost('')).toBeNull();
  });
});

describe('SiteListEditor', () => {
  it('adds a normalized host, refuses nonsense with a message, and removes', async () => {
    const onChange = vi.fn();
    render(<SiteListEditor id="disabled" label="Sites" sites={['a.example']} t={t} onChange={onChange} />, root);
    const input = root.querySelector<HTMLInputElement>('[data-testid="sites-disabled-input"]')!;
    const submit = async (value: string) => {
      await act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    };
    await submit('https://News.Example.org/x');
    expect(onChange).toHaveBeenLastCalledWith(['a.example', 'news.example.org']);
    await submit('no way');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Enter a host name such as example.com');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Remove a.example"]')!.click());
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

describe('DatabaseList', () => {
  const info: DbInfo = {
    bundled: { name: 'QuoteTrace statements', version: '3', builtAt: '2026-11-28T12:49:59.857Z', count: 1234, sources: ['founding-article.jsonl'] },
    user: [
      {
        id: 'u1',
        fileName: 'my-checks.csv',
        format: 'csv',
        importedAt: Date.UTC(2026, 10, 20, 12),
        count: 40,
        errors: [{ line: 7, message: 'speaker is missing' }],
        errorCount: 1,
      },
    ],
    total: 1274,
  };
  it('shows the bundled pack, the imports with refused records, and removes one', () => {
    const onRemove = vi.fn();
    render(<DatabaseList info={info} t={t} locale="en-GB" onRemove={onRemove} />, root);
    expect(root.textContent).toContain('1,274 statements in all');
    expect(root.querySelector('[data-testid="db-bundled"]')!.textContent).toContain('Version 3 · built 28 November 2026 · 1,234 statements');
    expect(root.textContent).toContain('Sources: founding-article.jsonl');
    const item = root.querySelector('[data-db-id="u1"]')!;
    // One date style on the page: the same formatter as the bundled pack's date and the statements'.
    expect(item.textContent).toContain('CSV · 40 statements · imported 20 November 2026');
    expect(item.querySelector('summary')!.textContent).toBe('Refused records: 1');
    expect(item.querySelector('details li')!.textContent).toBe('line 7: speaker is missing');
    item.querySelector('button')!.click();
    expect(onRemove).toHaveBeenCalledWith('u1');
  });
});

describe('decodeText', () => {
  const bytes = (...parts: number[][]) => new Uint8Array(parts.flat()).buffer;
  const utf16le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
  const utf16be = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
  it('follows byte-order marks', () => {
    expect(decodeText(bytes([0xff, 0xfe], utf16le('id,text\né')))).toBe('id,text\né');
    expect(decodeText(bytes([0xfe, 0xff], utf16be('Zoë')))).toBe('Zoë');
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], [...new TextEncoder().encode('“quoted”')]))).toBe('“quoted”');
  });
  it('recognises UTF-16 without a mark and reads UTF-8', () => {
    expect(decodeText(bytes(utf16le('{"id":"x"}')))).toBe('{"id":"x"}');
    expect(decodeText(bytes([...new TextEncoder().encode('Macron a déclaré')]))).toBe('Macron a déclaré');
  });
  it('refuses bytes that are not UTF-8, naming the file, byte and line, instead of guessing Windows-1252', () => {
    const utf8 = [...new TextEncoder().encode('text,speaker\nCafé,Zoë\n')];
    expect(() => decodeText(bytes(utf8, [0x93, 0x48, 0x69, 0x94]), 'quotes.csv'))
      .toThrow(/^quotes\.csv is not valid UTF-8 at byte offset 24 \(line 3\): byte 0x93 .*"“" in Windows-1252.*Save the file as UTF-8/);
  });
});
