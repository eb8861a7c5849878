import { describe, expect, it } from 'vitest';
import { decodeBytes, importText } from '../../../lib/db/import/index';
import { parseCsv } from '../../../lib/db/import/csv';

const csv = (name: string, text: string) => importText(name, text, 'csv');
const said = (r: ReturnType<typeof csv>) => r.statements.map((s) => [s.text, s.speaker]);

describe('CSV import: malformed rows are reported, never merged', () => {
  it('refuses a file whose stray opening quote would swallow the next rows', () => {
    // The old parser read lines 2-4 as one record: "Hello,Ada / Second,Bob / Third" credited to Carol.
    const r = csv('q.csv', 'text,speaker\n"Hello,Ada\nSecond,Bob\n"Third",Carol\nFourth,Dan\n');
    expect(r.refused).toMatch(/^q\.csv, line 2: .*stray quote.*runs on to line 4.*Nothing was imported/);
    expect(r.statements).toEqual([]);
  });

  it('refuses an unterminated quote with its line', () => {
    const r = csv('t.csv', 'text,speaker\nok,Ada\nfine,Bob\n"never closed,Cy\nx,y\n');
    expect(r.refused).toMatch(/^t\.csv, line 4: a quoted field opened on this line is never closed/);
    expect(r.statements).toEqual([]);
  });

  it('reads multi-line quoted fields and numbers the lines after them right', () => {
    const r = csv('m.csv', 'text,speaker,date\n"We will\nnot yield,\n""ever""",Ada,2024-01-02\nshort\nnext,Bob,2024-01-03\n');
    expect(r.refused).toBeNull();
    expect(said(r)).toEqual([['We will not yield, "ever"', 'Ada'], ['next', 'Bob']]);
    expect(r.errors).toEqual([{ line: 5, message: 'row has 1 columns, the header has 3; skipped' }]);
  });

  it('skips rows with missing or extra columns, each reported with its line', () => {
    const r = csv('c.csv', 'text,speaker\nonly text\nHello, world,Ada\nfine,Bob\ntrailing empty cells,Cy,,\n');
    expect(said(r)).toEqual([['fine', 'Bob'], ['trailing empty cells', 'Cy']]);
    expect(r.errors.map((e) => [e.line, e.message.replace(/;.*/, '')])).toEqual([
      [2, 'row has 1 columns, the header has 2'],
      [3, 'row has 3 columns, the header has 2 (a "," inside a field that is not quoted?)'],
    ]);
  });

  it('refuses a file with no text column, naming what it found', () => {
    expect(csv('h.csv', 'who,when\nAda,2024\n').refused).toMatch(/no text column.*found: who, when/);
  });

  it.each([
    ['semicolon', 'text;speaker\n"a; b";Ada\nc;Bob\n'],
    ['tab', 'text\tspeaker\n"a\tb"\tAda\nc\tBob\n'],
    ['CRLF', 'text,speaker\r\n"a,\r\nb",Ada\r\nc,Bob\r\n'],
  ])('%s-delimited', (_n, text) => {
    const r = csv('d.csv', text);
    expect(r.refused).toBeNull();
    expect(r.errors).toEqual([]);
    expect(said(r)).toHaveLength(2);
    expect(said(r)[1]).toEqual(['c', 'Bob']);
  });

  it('a UTF-8 BOM does not end up in the first header name', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('text,speaker\nCafé,Zoë\n')]);
    const d = decodeBytes(bytes);
    if (!('text' in d)) throw new Error(d.error);
    expect(said(importText('bom.csv', d.text))).toEqual([['Café', 'Zoë']]);
    expect(said(csv('bom.csv', '\uFEFFtext,speaker\nx,Ada\n'))).toEqual([['x', 'Ada']]);
  });

  it('gives each record the line it starts on, blank lines and multi-line fields counted', () => {
    expect(parseCsv('a,b\n\n"1\n\n2",x\n\n3,y\n"4",z').map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']], [3, ['1\n\n2', 'x']], [7, ['3', 'y']], [8, ['4', 'z']],
    ]);
  });
});

describe('CSV import: the kind of a row', () => {
  it('leaves plain text unmarked (what was said), and reads quote marks as a quotation or a partial', () => {
    const r = csv('k.csv', 'text,speaker\nWe will build the bridge,Ada\n"""We will build it.""",Bob\nShe said the bridge was \u201cnot for sale\u201d,Cy\n');
    expect(r.statements.map((s) => s.textKind)).toEqual([undefined, 'verbatim', 'partial']);
  });
});
