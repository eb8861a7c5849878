import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { scanHtml } from '../../../scripts/lib/scan-file';
import { FOUNDING_QUOTES, NOT_STATEMENTS } from '../../e2e/support/expectations';

/**
 * The founding article in its site chrome, read the way a page is (whole-page scan): the same
 * expectations the browser tests hold, here in the fast tier, so a retrained ranker or a rule that
 * credits a fragment nobody is said to have said fails before the browsers run.
 */
const PAGE = resolve(import.meta.dirname, '../../fixtures/pages/founding-article/index.html');

test('the founding page: every statement credited, no fragment or chrome text given a speaker', () => {
  const quotes = scanHtml(readFileSync(PAGE, 'utf8')).quotes;
  const shown = quotes.filter((q) => q.speaker !== null);
  for (const q of FOUNDING_QUOTES) expect(shown.find((s) => s.text.includes(q.includes))?.speaker, q.includes).toBe(q.speaker);
  for (const s of NOT_STATEMENTS) expect(shown.filter((q) => q.text.includes(s)).map((q) => q.speaker), s).toEqual([]);
});
