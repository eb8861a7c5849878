import { describe, expect, it, vi } from 'vitest';
import { canonicalStatement, MAX_TEXT_CHARS, STATEMENT_KEYS, validateStatement } from '../../../lib/db/schema';
import { stripTags } from '../../../lib/db/sanitize';

/** The longest field handed to stripTags by the schema: the work done on markup, counted. */
const stripped = vi.hoisted(() => ({ longest: 0 }));
vi.mock('../../../lib/db/sanitize', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../../lib/db/sanitize')>();
  return { ...orig, stripTags: (s: string) => { stripped.longest = Math.max(stripped.longest, s.length); return orig.stripTags(s); } };
});

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

  // Pathological markup is checked by the work it causes, not by the clock (timings: npm run bench).
  it('refuses oversized markup before stripping any of it', () => {
    stripped.longest = 0;
    expect(validateStatement({ ...base, text: '<a'.repeat(200_000) }).ok).toBe(false);
    expect(stripped.longest).toBeLessThan(100); // only the short fields (id, speaker...)
  });

  it('strips only fields within ten times their cap', () => {
    for (const n of [2_400, 20_000]) {
      stripped.longest = 0;
      const v = validateStatement({ ...base, text: '<a'.repeat(n) });
      // 2,400 unclosed "<a" are text (4,800 chars, under the 5,000 cap); 20,000 are over the cap.
      expect(v.ok).toBe(n === 2_400);
      expect(stripped.longest).toBe(2 * n);
      expect(stripped.longest).toBeLessThanOrEqual(MAX_TEXT_CHARS * 10);
    }
  });

  it('bounds a tag body, so an unclosed "<" cannot make the scan quadratic', () => {
    // The tag pattern looks at most 2,000 characters ahead: a longer "tag" is left as text.
    expect(stripTags('x <b>y</b> z')).toBe('x  y  z');
    // the property test's counterexample (seed -885015161): an empty end tag is markup too
    expect(stripTags('a </> b')).toBe('a   b');
    expect(stripTags('<a' + 'b'.repeat(2_001) + '>')).toContain('<a');
    expect(stripTags('<a' + 'b'.repeat(1_999) + '>')).not.toContain('<');
  });

  it('writes keys in canonical order', () => {
    const v = validateStatement({ origin: 'o', speaker: 's', text: 't', id: 'i', lang: 'en' });
    expect(v.ok && Object.keys(v.value)).toEqual(['id', 'text', 'speaker', 'date', 'context', 'sourceUrl', 'lang', 'origin']);
    expect(Object.keys(canonicalStatement({ origin: 'o', id: 'i', text: 't', speaker: null, date: null, context: null })).every((k) => (STATEMENT_KEYS as readonly string[]).includes(k))).toBe(true);
  });
});
