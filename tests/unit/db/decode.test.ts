import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding } from '../../../lib/db/import/decode';

const text = '{"text":"Café “quoted” — naïve"}\n';
const utf8 = new TextEncoder().encode(text);
function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const put = (i: number, c: number) => { out[i * 2 + (le ? 0 : 1)] = c & 0xff; out[i * 2 + (le ? 1 : 0)] = c >> 8; };
  if (bom) put(0, 0xfeff);
  for (let i = 0; i < s.length; i++) put(i + (bom ? 1 : 0), s.charCodeAt(i));
  return out;
}
const latin1 = Uint8Array.from('Caf\xe9 na\xefve \x93quoted\x94', (c) => c.charCodeAt(0));

describe('decodeBytes', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8', utf8, text],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), text],
    ['UTF-16LE with BOM', utf16(text, true, true), text],
    ['UTF-16BE with BOM', utf16(text, false, true), text],
    ['UTF-16LE without BOM', utf16(text, true, false), text],
    ['Windows-1252 / Latin-1 bytes', latin1, 'Café naïve “quoted”'],
    ['empty', new Uint8Array(), ''],
  ];
  it.each(cases)('%s', (_n, bytes, expected) => expect(decodeBytes(bytes)).toEqual({ text: expected }));

  it('refuses binary', () => {
    const r = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 7]));
    expect('error' in r && r.error).toMatch(/binary/);
  });

  it('detects the encoding from a prefix', () => {
    expect(detectEncoding(utf16('ab', true, true))).toEqual({ encoding: 'utf-16le', skip: 2 });
    expect(detectEncoding(utf8.subarray(0, 9))).toEqual({ encoding: 'utf-8', skip: 0 });
  });
});
