import { describe, expect, test } from 'vitest';
import { feedPattern, parseFeedUrl, patternsToRelease } from '../../../lib/feeds/address';

describe('parseFeedUrl', () => {
  test('an https address gives its one origin pattern, port and fragment dropped', () => {
    const a = parseFeedUrl('  https://news.example.org:8443/data/statements.jsonl?v=2#top ');
    expect(a).toEqual({ ok: true, url: 'https://news.example.org:8443/data/statements.jsonl?v=2', origin: 'https://news.example.org:8443', pattern: 'https://news.example.org/*' });
  });

  test.each([
    ['http://news.example.org/s.jsonl', /only https/],
    ['ftp://news.example.org/s.jsonl', /only https/],
    ['file:///etc/passwd', /only https/],
    ['javascript:alert(1)', /only https/],
    ['https://user:secret@news.example.org/s.jsonl', /user name or password/],
    ['not a url', /not a web address/],
    ['', /give the address/],
    [`https://example.org/${'a'.repeat(3000)}`, /longer than/],
  ])('%s is refused', (input, why) => {
    const a = parseFeedUrl(input);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.error).toMatch(why);
  });
});

describe('patternsToRelease', () => {
  const a = { url: 'https://a.example/one.jsonl' };
  const a2 = { url: 'https://a.example:444/two.csv' };
  const b = { url: 'https://b.example/x.jsonl' };
  test('an origin another feed still uses is kept', () => {
    expect(patternsToRelease(a, [a2, b])).toEqual([]);
  });
  test('the last feed of an origin releases it', () => {
    expect(patternsToRelease(a, [b])).toEqual([feedPattern(a.url)]);
    expect(patternsToRelease(a, [])).toEqual(['https://a.example/*']);
  });
});
