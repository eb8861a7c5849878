import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { scanHtml } from '../../../scripts/lib/scan-file';
import { detectInPage } from '../../../lib/pipeline';
import { BLOCK_BREAK } from '../../../lib/dom/text-map';
import { CONTEXT_CHARS, detectWindow, LEDE_CHARS, planWindowsLazily, windowSizeFor, type WindowSize } from '../../../lib/dom/scan-windows';
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

test('the founding page scanned in windows on a crawling machine: the same speakers as the whole page', () => {
  // the content script's plan: a short first window, then windows sized by the speed it measured
  const { text, quotes } = scanHtml(readFileSync(PAGE, 'utf8'));
  const units = text.split(BLOCK_BREAK);
  let first = true;
  const sizeOf = (): WindowSize => (first ? ((first = false), { span: 2_500, lede: LEDE_CHARS, context: CONTEXT_CHARS }) : windowSizeFor(1, 25));
  const lengths = units.map((u) => u.length);
  const windowed = [...planWindowsLazily(lengths, lengths.map(() => true), lengths.map(() => 0), sizeOf)]
    .flatMap((plan) => detectWindow(units, plan, detectInPage))
    .map((f) => [f.quote.text, f.quote.speaker]);
  expect(windowed).toEqual(quotes.map((q) => [q.text, q.speaker]));
});
