import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, Utf8Checker } from '../../../lib/db/import/decode';
import { importText } from '../../../lib/db/import/index';

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
const err = (b: Uint8Array) => { const r = decodeBytes(b); return 'error' in r ? r.error : `decoded: ${r.text}`; };

describe('decodeBytes', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8', utf8, text],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), text],
    ['UTF-16LE with BOM', utf16(text, true, true), text],
    ['UTF-16BE with BOM', utf16(text, false, true), text],
    ['UTF-16LE without BOM', utf16(text, true, false), text],
    ['empty', new Uint8Array(), ''],
  ];
  it.each(cases)('%s', (_n, bytes, expected) => expect(decodeBytes(bytes)).toEqual({ text: expected }));

  it('refuses binary', () => {
    const r = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 7]));
    expect('error' in r && r.error).toMatch(/binary/);
  });

  it('refuses one stray byte in a UTF-8 file with its byte offset and line, not as Windows-1252', () => {
    const good = new TextEncoder().encode('text,speaker\n“Oui”,Zoë\n');
    const bytes = new Uint8Array([...good, ...new TextEncoder().encode('Caf'), 0xe9, ...new TextEncoder().encode(',Ada\n')]);
    expect(err(bytes)).toBe(`the file is not valid UTF-8 at byte offset ${good.length + 3} (line 3): byte 0xE9 does not belong there (0xE9 is "é" in Windows-1252: the file, or part of it, may have been saved as Windows-1252 or Latin-1). Save the file as UTF-8 and import it again`);
  });

  it('refuses a whole Windows-1252 file at its first high byte', () => {
    expect(err(latin1)).toMatch(/^the file is not valid UTF-8 at byte offset 3 \(line 1\): byte 0xE9/);
  });

  it.each([
    ['overlong', [0x41, 0xc0, 0xaf]],
    ['UTF-16 surrogate', [0x41, 0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0x41, 0xf4, 0x90, 0x80, 0x80]],
    ['a lead byte without its continuation', [0x41, 0xe2, 0x82, 0x41]],
  ])('refuses %s sequences', (_n, b) => expect(err(new Uint8Array(b))).toMatch(/not valid UTF-8 at byte offset 1 \(line 1\)/));

  it('refuses a character cut off at the end (a truncated file)', () => {
    expect(err(new Uint8Array([0x41, 0x0a, 0xe2, 0x82]))).toMatch(/ends in the middle of a character \(byte offset 2, line 2\)/);
  });

  it('counts the offset from the file start when a BOM is skipped', () => {
    expect(err(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]))).toMatch(/at byte offset 4 \(line 1\): byte 0xFF/);
  });

  it('the offset is the same whatever the chunks a stream is checked in', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a\n€\n€'), 0xe2, 0x28, 0xa1]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const c = new Utf8Checker();
      const ok = c.push(bytes.subarray(0, cut)) && c.push(bytes.subarray(cut)) && c.end();
      expect(ok).toBe(false);
      expect(c.error).toMatch(/at byte offset 9 \(line 3\)/);
    }
  });

  it('refuses UTF-16 with a lone surrogate instead of patching it', () => {
    expect(err(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]))).toMatch(/not valid UTF-16LE/);
  });

  it('imports a UTF-16 CSV with a BOM, as spreadsheets export it', () => {
    const d = decodeBytes(utf16('text\tspeaker\r\n“Ja”\tZoë\r\n', true, true));
    if ('error' in d) throw new Error(d.error);
    expect(importText('sheet.csv', d.text).statements.map((s) => [s.text, s.speaker])).toEqual([['“Ja”', 'Zoë']]);
  });

  it('detects the encoding from a prefix', () => {
    expect(detectEncoding(utf16('ab', true, true))).toEqual({ encoding: 'utf-16le', skip: 2 });
    expect(detectEncoding(utf8.subarray(0, 9))).toEqual({ encoding: 'utf-8', skip: 0 });
  });
});
