import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../lib/db/import/index';
import { buildPack, loadPack, PACK_VERSION } from '../../../lib/db/pack';
import { canonicalStatement } from '../../../lib/db/schema';
import { bytesToString, fixedWidthFor, writeFixed } from '../../../lib/match/b64';
import { Matcher } from '../../../lib/match/matcher';
import { STATEMENT_SCHEMA_VERSION, type Statement } from '../../../lib/types';

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

  it('round-trips edge values: score 0, aggregate, spans, nulls, absent fields', () => {
    const edge: Statement[] = [
      { id: 'e:1', text: 'Pants on fire.', speaker: null, date: null, context: null, sourceUrl: null, verdictScore: 0, verdictScale: 'pants-on-fire', origin: 'o' },
      { id: 'e:2', text: 'Says "x y" here.', textKind: 'partial', quotedSpans: ['x y'], speaker: 'Viral image', speakerIsAggregate: true, date: '2020', context: 'a post', sourceUrl: 'https://a.example/', origin: 'o', licence: 'CC0-1.0' },
      { id: 'e:3', text: 'Minimal.', speaker: 'A B', date: null, context: null, origin: 'o' },
    ];
    const p = loadPack(buildPack(edge, { sources: [] }));
    edge.forEach((s, i) => expect(p.record(i)).toEqual(canonicalStatement(s)));
  });

  it('still reads a version 1 pack (records as JSON objects)', () => {
    const v2 = loadPack(str);
    const nl = str.indexOf('\n');
    const header = JSON.parse(str.slice(0, nl));
    const lines = statements.map((_, i) => `${JSON.stringify(v2.record(i))}\n`);
    const chars = lines.reduce((n, l) => n + l.length, 0);
    const width = fixedWidthFor(chars);
    const offs = new Uint8Array((lines.length + 1) * width);
    let pos = 0, at = 0;
    for (const l of lines) { pos = writeFixed(offs, pos, at, width); at += l.length; }
    writeFixed(offs, pos, at, width);
    const L = header.lengths;
    const indexPart = str.slice(nl + 1 + L.records + L.offsets);
    const v1Header = { ...header, version: 1, dict: undefined, offsetWidth: width, lengths: { ...L, records: chars, offsets: offs.length } };
    const v1 = loadPack([`${JSON.stringify(v1Header)}\n`, ...lines, bytesToString(offs), indexPart].join(''));
    statements.forEach((s, i) => expect(v1.record(i)).toEqual(s));
    expect(Matcher.fromPacks([v1]).match({ id: 'q', text: 'four hundred new homes on the old tram depot site', speaker: null }).statement?.id).toBe('fx:1');
  });

  it('empty pack', () => {
    const p = loadPack(buildPack([], { sources: [] }));
    expect(p.meta.count).toBe(0);
  });

  const broken: [string, string, RegExp][] = [
    ['not a pack', '{"hello":1}\n', /wrong format/],
    ['no header', 'abc', /no header/],
    ['truncated', str.slice(0, -10), /truncated/],
    ['future version', str.replace(`"version":${PACK_VERSION}`, '"version":99'), /not supported/],
  ];
  it.each(broken)('refuses %s', (_n, s, msg) => expect(() => loadPack(s)).toThrow(msg));
});

describe('pack index versions', () => {
  it('rebuilds the index of a pack written with other index keys', () => {
    const str = buildPack(statements, { sources: [] });
    // Same pack, but its index claims old keys and is emptied: the matcher must still find quotes.
    const nl = str.indexOf('\n');
    const h = JSON.parse(str.slice(0, nl));
    const P = h.lengths.postings;
    // the reworded index's sections follow the postings
    const R = (h.lengths.rewordedKeys ?? 0) + (h.lengths.rewordedOffsets ?? 0) + (h.lengths.rewordedPostings ?? 0);
    const end = str.length - R;
    const body = str.slice(nl + 1, end - P) + 'A'.repeat(P) + str.slice(end); // postings wiped (every bucket now points at record 0)
    const stale = `${JSON.stringify({ ...h, indexVersion: 1 })}\n${body}`;
    const wiped = `${JSON.stringify(h)}\n${body}`;
    expect(Matcher.fromPacks([loadPack(wiped)]).match({ id: 'q', text: 'no question of sending our soldiers across the river', speaker: null }).status).toBe('unmatched');
    const p = loadPack(stale);
    const r = Matcher.fromPacks([p]).match({ id: 'q', text: 'no question of sending our soldiers across the river', speaker: null });
    expect(r.statement?.id).toBe('fx:3');
  });
});

describe('a damaged pack', () => {
  it('a record that cannot be decoded is skipped by the matcher, not thrown', () => {
    const str = buildPack(statements, { sources: [] });
    const nl = str.indexOf('\n');
    // Break the first record's JSON (same length, so every offset still holds).
    const broken = str.slice(0, nl + 1) + '#' + str.slice(nl + 2);
    const m = Matcher.fromPacks([loadPack(broken)]);
    expect(() => m.match({ id: 'q', text: 'four hundred new homes on the old tram depot site', speaker: null })).not.toThrow();
    expect(m.match({ id: 'q', text: 'no question of sending our soldiers across the river', speaker: null }).statement?.id).toBe('fx:3');
  });
});

describe('pack ids', () => {
  it('reads ids without decoding, escapes included', () => {
    const tricky = [{ id: 'q:"x"\\y', text: 'T.', speaker: null, date: null, context: null, origin: 'o' }, { id: 'q:ü', text: 'U.', speaker: null, date: null, context: null, origin: 'o' }];
    const p = loadPack(buildPack(tricky, { sources: [] }));
    expect([p.id(0), p.id(1)]).toEqual(['q:"x"\\y', 'q:ü']);
  });
});

describe('a pack loaded from its file bytes (the service worker\'s wake)', () => {
  const enc = new TextEncoder();
  const withUnicode = [...statements, { ...statements[0], id: 'u:ü', text: 'Zoë said “naïve” — 東京 🙂', speaker: 'Sauli Niinistö' }];
  const str = buildPack(withUnicode, { sources: ['ä.jsonl'], name: 'Pack “ü”' });

  it('reads the same meta, records, ids and matches as the text', () => {
    const a = loadPack(str), b = loadPack(enc.encode(str));
    expect(b.meta).toEqual(a.meta);
    withUnicode.forEach((_, i) => { expect(b.record(i)).toEqual(a.record(i)); expect(b.id(i)).toBe(a.id(i)); });
    const q = { id: 'q', text: 'no question of sending our soldiers across the river', speaker: null };
    expect(Matcher.fromPacks([b]).match(q)).toEqual(Matcher.fromPacks([a]).match(q));
  });

  it('refuses truncated bytes as it refuses truncated text', () => {
    const bytes = enc.encode(str);
    expect(() => loadPack(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
    expect(() => loadPack(enc.encode('abc'))).toThrow(/no header/);
  });

  it('a pack whose records hold raw non-ASCII (another writer) is decoded whole, not misread', () => {
    const nl = str.indexOf('\n');
    const h = JSON.parse(str.slice(0, nl));
    // The last record's "ë" unescaped and padded with JSON whitespace: as many characters, more bytes.
    const lines = str.slice(nl + 1).split('\n');
    const last = lines.length - 2;
    lines[last] = `${lines[last].replace('\\u00eb', 'ë')}     `;
    const p = loadPack(enc.encode(`${JSON.stringify(h)}\n${lines.join('\n')}`));
    expect(p.record(withUnicode.length - 1).text).toBe('Zoë said “naïve” — 東京 🙂');
  });
});
