import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, importText } from '../../../lib/db/import/index';

const FIX = join(__dirname, '../../fixtures/db');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

describe('importText: fixtures', () => {
  const cases: [string, string, number, number][] = [
    // file, format, statements, errors
    ['statements.jsonl', 'jsonl', 8, 0],
    ['bad-lines.jsonl', 'jsonl', 2, 4],
    ['statements.csv', 'csv', 3, 0],
    ['claimreview.json', 'claimreview', 1, 0],
    ['claimreview.html', 'claimreview', 1, 0],
    ['factcheck-api.json', 'factcheck-api', 2, 1],
  ];
  it.each(cases)('%s -> %s', (file, format, n, errors) => {
    const r = importText(file, read(file));
    expect(r.refused).toBeNull();
    expect(r.format).toBe(format);
    expect(r.statements).toHaveLength(n);
    expect(r.errors).toHaveLength(errors);
  });

  it('reads a JSON array of statements as well', () => {
    const arr = JSON.stringify([
      { id: 'a:1', text: 'One fictional statement.', speaker: 'Ada Fennimore', origin: 't' },
      { id: 'a:2', text: '', speaker: 'Ada Fennimore', origin: 't' },
      7,
    ], null, 2);
    const r = importText('export.json', arr);
    expect(r.format).toBe('jsonl');
    expect(r.statements.map((s) => s.id)).toEqual(['a:1']);
    expect(r.errors.map((e) => e.message)).toEqual(['record #2: text is required (id "a:2")', 'record #3 is not a JSON object; skipped']);
  });

  it('reports bad JSONL records with their line and keeps the good ones', () => {
    const r = importText('bad-lines.jsonl', read('bad-lines.jsonl'));
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    expect(r.errors[0].message).toMatch(/malformed JSON/);
    expect(r.errors[3].message).toMatch(/duplicate id "bad:1".*line 1/);
    expect(r.statements.find((s) => s.id === 'bad:5')?.sourceUrl).toBeNull();
  });

  it('maps CSV columns, quoted fields, embedded newlines and drops non-http links', () => {
    const r = importText('statements.csv', read('statements.csv'));
    const [a, b, c] = r.statements;
    expect(a).toMatchObject({ speaker: 'Marta Quillfeather', date: '2023-03-14', sourceUrl: 'https://example.org/eastmere', verdict: 'True' });
    expect(b.text).toContain('"not once"');
    expect(b).toMatchObject({ date: '2022-03-03', sourceUrl: null, textKind: 'partial', quotedSpans: ['not once'] });
    expect(c).toMatchObject({ text: 'A statement with a line break inside', date: '2020-09-30' });
    expect(a.id).toMatch(/^csv:/);
  });

  it('maps CSV columns the defaults do not know', () => {
    const csv = 'Zitat,Wer,Wann\n"Die Brücke wird nie fertig.",Ada Fennimore,2020-05-01\n';
    expect(importText('de.csv', csv).refused).toMatch(/no text column/);
    const r = importText('de.csv', csv, 'csv', { columns: { text: 'Zitat', speaker: 'Wer', date: 'Wann' } });
    expect(r.statements[0]).toMatchObject({ text: 'Die Brücke wird nie fertig.', speaker: 'Ada Fennimore', date: '2020-05-01' });
    expect(importText('de.csv', csv, 'csv', { columns: { text: 'Quote' } }).refused).toMatch(/no column "Quote"/);
  });

  it('reads ClaimReview @graph: text without tags, verdict, fact-checker, no javascript: link', () => {
    const [s] = importText('claimreview.json', read('claimreview.json')).statements;
    expect(s).toMatchObject({
      text: 'The county spent 3 million dollars on a bridge & nobody uses it.',
      speaker: 'Elizabeth Harrow', date: '2021-03-28', verdict: 'Mostly False', factChecker: 'Fictional Fact Desk',
      factCheckUrl: 'https://factdesk.example/checks/bridge', sourceUrl: null,
    });
  });

  it('reads ClaimReview blocks inside fact-check HTML', () => {
    const [s] = importText('check.html', read('claimreview.html')).statements;
    expect(s).toMatchObject({ speaker: 'Osric Delacroix-Byrne', sourceUrl: 'https://radio.example/show/55', textKind: 'verbatim', verdict: 'True' });
  });

  it('reads the Fact Check Tools API response', () => {
    const r = importText('api.json', read('factcheck-api.json'));
    expect(r.statements[0]).toMatchObject({ speaker: 'Marta Quillfeather', date: '2023-05-01', verdict: 'Mostly False', factCheckUrl: 'https://factdesk.example/checks/unemployment', lang: 'en' });
    expect(r.statements[1]).toMatchObject({ speaker: null });
    expect(r.statements[1].factCheckUrl).toBeUndefined();
  });
});

describe('importText: refusals', () => {
  const refusals: [string, string, string, RegExp][] = [
    ['html claiming jsonl', 'x.jsonl', '<html><body>nope</body></html>\n<p>a</p>\n<p>b</p>', /not JSON Lines/],
    ['csv without a text column', 'x.csv', 'name,when\nAda,2020\n', /no text column/],
    ['json that is no ClaimReview', 'x.json', '{"@context":"https://schema.org","@type":"Person","name":"Ada"}', /no schema.org ClaimReview/],
    ['truncated ClaimReview JSON', 'x.json', '{"@type":"ClaimReview","claimReviewed":"abc', /not valid JSON/],
    ['html without json-ld', 'x.html', '<html><body>hi</body></html>', /without JSON-LD/],
    ['binary text', 'x.jsonl', 'a\u0000b\u0000', /NUL/],
    ['unknown text', 'notes.txt', 'just some prose, nothing else', /not a statement file/],
    ['empty jsonl', 'x.jsonl', '  \n ', /empty/],
    ['api shape wrong', 'x.json', '{"claims": 5}', /not a Fact Check Tools API/],
  ];
  it.each(refusals)('%s', (_n, name, content, msg) => {
    const r = importText(name, content);
    expect(r.refused).toMatch(msg);
    expect(r.statements).toEqual([]);
  });

  it('a forced format that does not fit is refused, not half-read', () => {
    const r = importText('x.txt', '{"claims":[]}', 'csv');
    expect(r.refused).toMatch(/no text column/);
  });
});

describe('detectFormat', () => {
  const cases: [string, string, string | null][] = [
    ['a.ndjson', '{}', 'jsonl'],
    ['a.json', '{"id":"1","text":"x"}\n{"id":"2","text":"y"}', 'jsonl'],
    ['a.json', '{"claims":[{"text":"x"}]}', 'factcheck-api'],
    ['a.json', '[{"@type":"ClaimReview"}]', 'claimreview'],
    ['a', '<!doctype html><script type="application/ld+json">{}</script>', 'claimreview'],
    ['a', 'text,speaker\nx,y\n', 'csv'],
    ['a', 'hello', null],
  ];
  it.each(cases)('%s %j -> %s', (name, content, f) => expect(detectFormat(name, content)).toBe(f));
});

// Their speed is in npm run bench (pathological rows): a test never reads the clock.
describe('pathological input never throws', () => {
  it.each([
    ['unclosed scripts', 'x.html', '<html>' + '<script type="application/ld+json">{'.repeat(20_000)],
    ['unclosed tags in ClaimReview text', 'x.json', JSON.stringify({ '@type': 'ClaimReview', claimReviewed: '<a'.repeat(30_000) })],
    ['stray quotes in CSV', 'x.csv', 'text,speaker\n' + '"a,'.repeat(30_000)],
    ['unterminated CSV quote', 'x.csv', 'text,speaker\n"' + 'a,\n'.repeat(30_000)],
  ])('%s', (_n, name, content) => {
    expect(() => importText(name, content)).not.toThrow();
  });
});
