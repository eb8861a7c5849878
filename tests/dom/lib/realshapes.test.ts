import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanHtml } from '../../../scripts/lib/scan-file';

/**
 * Real-world page shapes (tests/fixtures/realshapes/<case>/page.html, markup written for the
 * project): the scanner reads the whole story and shows exactly the expected quotes with their
 * speakers (what a reader is shown: quotes with a speaker), nothing from chrome or other stories.
 */
const DIR = resolve(import.meta.dirname, '../../fixtures/realshapes');
const cases = readdirSync(DIR).sort();

describe('realshapes fixtures', () => {
  test('the corpus is there', () => expect(cases.length).toBeGreaterThanOrEqual(6));
  for (const name of cases) {
    test(name, () => {
      const html = readFileSync(join(DIR, name, 'page.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as { quotes: { text: string; speaker: string }[] };
      const shown = scanHtml(html).quotes.filter((q) => q.speaker !== null).map((q) => ({ text: q.text, speaker: q.speaker }));
      expect(shown).toEqual(expected.quotes);
    });
  }
});

/**
 * News-like pages with no quotation (tests/fixtures/noquote): titles, nicknames, terms, scare
 * quotes and headline quotes are not anyone's words; #10 allows at most 2 shown across the ten.
 */
const NOQUOTE = resolve(import.meta.dirname, '../../fixtures/noquote');
const noQuoteCases = readdirSync(NOQUOTE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('no-quote fixtures', () => {
  test('at most 2 quotes shown across the ten pages', () => {
    expect(noQuoteCases.length).toBeGreaterThanOrEqual(10);
    const shown = noQuoteCases.flatMap((name) =>
      scanHtml(readFileSync(join(NOQUOTE, name, 'page.html'), 'utf8')).quotes.filter((q) => q.speaker !== null).map((q) => `${name}: ${q.text}`),
    );
    expect(shown.length, shown.join('\n')).toBeLessThanOrEqual(2);
  });
});
