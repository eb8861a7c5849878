import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const REPO = resolve(import.meta.dirname, '../../..');
const FIX = resolve(REPO, 'tests/fixtures/scan');

function scan(...args: string[]) {
  const r = spawnSync(resolve(REPO, 'node_modules/.bin/tsx'), [resolve(REPO, 'scripts/scan.ts'), ...args], { encoding: 'utf8', cwd: REPO });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Line {
  file: string;
  date: string | null;
  quotes: { text: string; start: number; end: number; speaker: string | null; confidence: number; cue: string | null; match: null | Record<string, unknown> }[];
}

describe('npm run scan', () => {
  test('--json prints one object per file with UTF-16 offsets into a .txt file, quote marks excluded', () => {
    const r = scan('--json', `${FIX}/sample.txt`);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(1);
    const text = readFileSync(`${FIX}/sample.txt`, 'utf8');
    const { quotes } = lines[0];
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text[q.start - 1]).toMatch(/["“]/);
    }
    const first = quotes.find((q) => q.text.startsWith('We will add two sailings'));
    expect(first?.speaker).toBe('Amara Lindqvist');
    expect(first?.match).toBeNull();
  });

  test('a quote in the bundled database comes back matched with speaker, date and context', () => {
    const r = scan('--json', `${FIX}/sample.txt`);
    const q = (JSON.parse(r.out.trim()) as Line).quotes.find((x) => x.text.startsWith('urge Russia'));
    expect(q?.match).toMatchObject({ status: 'verified', speaker: 'Boris Johnson', date: '2022-01-30' });
    expect(typeof q?.match?.statementId).toBe('string');
  });

  test('folders are walked for .html/.txt; page chrome is not scanned', () => {
    const r = scan('--json', `${FIX}/folder`);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.file.split('/').pop())).toEqual(['page.html']);
    expect(lines[0].quotes.map((q) => q.text)).toEqual(['The timetable is final,']);
    expect(lines[0].quotes[0].speaker).toBe('Jonas Ekberg');
    expect(lines[0].date).toBe('2022-03-14');
  });

  test('a bad path is reported with a non-zero exit, and the other files are still scanned', () => {
    const r = scan('--json', `${FIX}/missing.txt`, `${FIX}/sample.txt`);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/missing\.txt: no such file/);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  test('without --json it prints a readable table', () => {
    const r = scan(`${FIX}/sample.txt`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/sample\.txt: \d+ quote/);
    expect(r.out).toContain('Amara Lindqvist');
  });

  test('--db adds statement files; a broken one is reported, not fatal', () => {
    const r = scan('--json', '--db', `${FIX}/folder/notes.md`, `${FIX}/sample.txt`);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/notes\.md/);
  });
});
