import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../lib/db/import/index';
import { buildPack, loadPack, PACK_VERSION } from '../../../lib/db/pack';
import { STATEMENT_SCHEMA_VERSION } from '../../../lib/types';

const statements = importText('statements.jsonl', readFileSync(join(__dirname, '../../fixtures/db/statements.jsonl'), 'utf8')).statements;

describe('pack', () => {
  const str = buildPack(statements, { sources: ['statements.jsonl'], name: 'fixture' });

  it('round-trips every statement and records its meta', () => {
    const p = loadPack(str);
    expect(p.meta).toMatchObject({ version: PACK_VERSION, schemaVersion: STATEMENT_SCHEMA_VERSION, count: statements.length, sources: ['statements.jsonl'], name: 'fixture' });
    expect(Date.parse(p.meta.builtAt)).not.toBeNaN();
    statements.forEach((s, i) => expect(p.record(i)).toEqual(s));
  });

  it('keeps non-ASCII text exact (escaped in the file)', () => {
    const s = { ...statements[0], id: 'u:1', text: 'Zoë said “naïve” — 東京 🙂' };
    const p = loadPack(buildPack([s], { sources: [] }));
    expect(p.record(0).text).toBe(s.text);
  });

  it('empty pack', () => {
    const p = loadPack(buildPack([], { sources: [] }));
    expect(p.meta.count).toBe(0);
  });

  const broken: [string, string, RegExp][] = [
    ['not a pack', '{"hello":1}\n', /wrong format/],
    ['no header', 'abc', /no header/],
    ['truncated', str.slice(0, -10), /truncated/],
    ['future version', str.replace('"version":1', '"version":99'), /not supported/],
  ];
  it.each(broken)('refuses %s', (_n, s, msg) => expect(() => loadPack(s)).toThrow(msg));
});
