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
