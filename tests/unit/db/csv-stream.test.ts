import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Collector } from '../../../lib/db/import/collector';
import { CsvImporter, CsvRows, MAX_ROW_CHARS, parseCsv } from '../../../lib/db/import/csv';

function rowsInChunks(text: string, cuts: number[]) {
  const rows: unknown[] = [];
  const p = new CsvRows((r) => rows.push(r));
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) { p.push(text.slice(at, c)); at = c; }
  p.push(text.slice(at), true);
  return rows;
}

describe('CSV parsing', () => {
  const cases: [string, string, string[][]][] = [
    ['quoted comma and escaped quote', 'a,b\n"x, ""y""",z\n', [['a', 'b'], ['x, "y"', 'z']]],
    ['CRLF and an embedded newline', 'a,b\r\n"one\r\ntwo",3\r\n', [['a', 'b'], ['one\r\ntwo', '3']]],
    ['semicolon delimiter', 'text;speaker\nhello;Ada\n', [['text', 'speaker'], ['hello', 'Ada']]],
    ['tab delimiter', 'text\tspeaker\nhi\tAda', [['text', 'speaker'], ['hi', 'Ada']]],
    ['blank lines skipped', 'a,b\n\n1,2\n\n', [['a', 'b'], ['1', '2']]],
    ['a quote inside an unquoted field is kept', 'a,b\nsaid "no,z\n', [['a', 'b'], ['said "no', 'z']]],
    ['spaces after a closing quote', 'a,b\n"x" ,y\n', [['a', 'b'], ['x', 'y']]],
  ];
  it.each(cases)('%s', (_n, text, expected) => expect(parseCsv(text).map((r) => r.fields)).toEqual(expected));

  it('gives each record the line it starts on', () => {
    expect(parseCsv('a,b\n"1\n2",x\n3,y\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('the same rows whatever the chunk boundaries', () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', '""', ',', '\n', '\r\n', ' "q" '));
    const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
      .map((rows) => rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n'));
    fc.assert(fc.property(csv, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
      expect(rowsInChunks(text, cuts.map((c) => c % (text.length + 1)))).toEqual(rowsInChunks(text, []));
    }), { numRuns: 300 });
  }, 60_000);

  it('refuses a runaway quoted record instead of buffering it', () => {
    const c = new Collector('big.csv');
    const imp = new CsvImporter(c);
    imp.push('text,speaker\n"fine",Ada\n"never closed');
    for (let i = 0; i < 3; i++) imp.push('x'.repeat(MAX_ROW_CHARS / 2));
    imp.push('\nlast,Ada\n');
    const r = imp.finish();
    expect(r.refused).toMatch(/big\.csv, line 3: .*longer than/);
    expect(r.statements).toEqual([]);
  });
});
