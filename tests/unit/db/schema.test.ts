import { describe, expect, it } from 'vitest';
import { canonicalStatement, STATEMENT_KEYS, validateStatement } from '../../../lib/db/schema';

const base = { id: 'x:1', text: 'Some words said by a fictional person.', speaker: 'Ada Fennimore', origin: 'test' };

describe('validateStatement', () => {
  const ok: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['trims text', { text: '  padded text  ' }, { text: 'padded text' }],
    ['YYYY date', { date: '2021' }, { date: '2021' }],
    ['YYYY-MM date', { date: '2021-07' }, { date: '2021-07' }],
    ['datetime to date', { date: '2021-07-04T10:00:00Z' }, { date: '2021-07-04' }],
    ['written date', { date: 'January 30, 2022' }, { date: '2022-01-30' }],
    ['aliases from a string', { speakerAliases: 'A; B|B' }, { speakerAliases: ['A', 'B'] }],
    ['javascript: url dropped', { sourceUrl: 'javascript:alert(1)' }, { sourceUrl: null }],
    ['data: fact-check url dropped', { factCheckUrl: 'data:text/html,x' }, { factCheckUrl: undefined }],
    ['https url kept', { sourceUrl: 'https://example.org/a b' }, { sourceUrl: 'https://example.org/a%20b' }],
    ['unknown entities kept as written', { text: 'a &constructor; b &toString; c' }, { text: 'a &constructor; b &toString; c' }],
    ['HTML stripped', { text: '<b>Bold</b> &amp; <script>alert(1)</script>plain' }, { text: 'Bold & plain' }],
    ['null speaker', { speaker: null }, { speaker: null }],
    ['missing context is null', {}, { context: null, date: null }],
  ];
  it.each(ok)('%s', (_name, patch, expected) => {
    const v = validateStatement({ ...base, ...patch });
    expect(v.ok).toBe(true);
    if (v.ok) for (const [k, val] of Object.entries(expected)) expect((v.value as unknown as Record<string, unknown>)[k]).toEqual(val);
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'text', /not a JSON object/],
    ['array', [base], /not a JSON object/],
    ['no id', { ...base, id: '' }, /id is required/],
    ['no text', { ...base, text: '   ' }, /text is required/],
    ['no origin', { ...base, origin: undefined }, /origin is required/],
    ['bad date', { ...base, date: '--01-30' }, /date/],
    ['impossible date', { ...base, date: '2022-02-30' }, /date/],
    ['speaker number', { ...base, speaker: 5 }, /speaker/],
    ['textKind', { ...base, textKind: 'quote' }, /textKind/],
    ['verdictScale', { ...base, verdictScale: 'meh' }, /verdictScale/],
    ['verdictScore', { ...base, verdictScore: 9 }, /verdictScore/],
    ['text too long', { ...base, text: 'x'.repeat(6000) }, /longer/],
  ];
  it.each(bad)('refuses %s', (_name, raw, msg) => {
    const v = validateStatement(raw);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error).toMatch(msg);
  });

  it('stays fast on pathological markup', () => {
    const t = performance.now();
    expect(validateStatement({ ...base, text: '<a'.repeat(20_000) }).ok).toBe(false);
    expect(validateStatement({ ...base, text: '<a'.repeat(2_400) }).ok).toBe(true);
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('writes keys in canonical order', () => {
    const v = validateStatement({ origin: 'o', speaker: 's', text: 't', id: 'i', lang: 'en' });
    expect(v.ok && Object.keys(v.value)).toEqual(['id', 'text', 'speaker', 'date', 'context', 'sourceUrl', 'lang', 'origin']);
    expect(Object.keys(canonicalStatement({ origin: 'o', id: 'i', text: 't', speaker: null, date: null, context: null })).every((k) => (STATEMENT_KEYS as readonly string[]).includes(k))).toBe(true);
  });
});
