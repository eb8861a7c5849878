import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanHtml } from '../../../scripts/lib/scan-file';
import { settledIn, type PageLike } from './hardening-page';
import { REPO } from './paths';

/**
 * The real-world page shapes (tests/fixtures/realshapes/<case>/page.html + expected.json) through
 * the built extension, the same in Chromium and Firefox: exactly the expected quotes are marked
 * (nothing from chrome, other stories or scare quotes), the page logs no error, and the marks
 * leave the layout as it was.
 */
export const REALSHAPES = join(REPO, 'tests/fixtures/realshapes');
/** News-like pages with scare quotes, titles, terms and nicknames but no quotation. */
export const NOQUOTE = join(REPO, 'tests/fixtures/noquote');

export interface RealshapesDriver {
  browser: 'chromium' | 'firefox';
  /** Opens /<folder>/<case>/page.html of the served fixtures; errors collects the page's errors. */
  open(path: string): Promise<{ page: PageLike; errors: string[]; url: string }>;
  /**
   * Resolves once the extension has stored results for url (its first pass is done, even when it
   * found nothing), so a page that should get no marks is not judged before the scan ran.
   */
  scanned(url: string): Promise<void>;
}

interface Expected {
  quotes: { text: string; speaker: string }[];
}

const norm = (s: string) => s.replace(/[\s“”"‘’',.]+/g, ' ').trim().toLowerCase();

/** In the page: the text of each marked quote (marks of one quote joined by id). */
function markedTexts(): string[] {
  const byId = new Map<string, string>();
  for (const m of document.querySelectorAll('qtmark')) {
    const id = m.getAttribute('data-quotetrace-id') ?? '';
    byId.set(id, (byId.get(id) ?? '') + (m.textContent ?? ''));
  }
  return [...byId.values()];
}

/**
 * In the page, synchronously (the content script cannot run in between): every page element's box
 * with our marks, style and card host in place, then with them taken out; returns the boxes that
 * moved or resized by more than half a pixel, and the document's size both ways.
 */
function layoutShift(): { moved: string[]; sizeWith: string; sizeWithout: string } {
  const own = '[data-quotetrace-ui]';
  const pageElements = [...document.body.querySelectorAll('*')].filter((el) => el.tagName !== 'QTMARK' && !el.closest(own));
  const boxes = () => pageElements.map((el) => el.getBoundingClientRect());
  const size = () => `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`;
  const sizeWith = size();
  const withMarks = boxes();
  for (const m of [...document.querySelectorAll('qtmark')]) m.replaceWith(...m.childNodes);
  document.body.normalize();
  const ours = [...document.querySelectorAll(own)];
  for (const el of ours) el.remove();
  const sizeWithout = size();
  const without = boxes();
  const off = (a: number, b: number) => Math.abs(a - b) > 0.5;
  const moved: string[] = [];
  pageElements.forEach((el, i) => {
    const [a, b] = [withMarks[i], without[i]];
    if (off(a.x, b.x) || off(a.y, b.y) || off(a.width, b.width) || off(a.height, b.height)) moved.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  });
  return { moved: moved.slice(0, 5), sizeWith, sizeWithout };
}

/** The case folders of a fixture corpus (a README beside them is not a case). */
const casesIn = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

export function defineRealshapesTests(label: string, driver: () => RealshapesDriver) {
  const cases = casesIn(REALSHAPES);
  describe(`${label}: real-world page shapes`, () => {
    test('the corpus is there', () => expect(cases.length).toBeGreaterThanOrEqual(6));
    test.each(cases)('%s: the expected quotes are marked and nothing else, no errors, no layout change', async (name) => {
      const expected = JSON.parse(readFileSync(join(REALSHAPES, name, 'expected.json'), 'utf8')) as Expected;
      const { page, errors, url } = await driver().open(`/realshapes/${name}/page.html`);
      await driver().scanned(url);
      // Then the content script says its idle slices are done.
      const texts = (await settledIn(page, markedTexts)).map(norm).sort();
      expect(texts).toEqual(expected.quotes.map((q) => norm(q.text)).sort());
      const shift = await page.evaluate(layoutShift);
      expect(shift.moved, 'boxes moved by the marks').toEqual([]);
      expect(shift.sizeWith).toBe(shift.sizeWithout);
      expect(errors, 'page errors').toEqual([]);
      await page.close();
    });
  });

  const noQuote = casesIn(NOQUOTE);
  describe(`${label}: pages with no quotation`, () => {
    let shown = 0;
    test.each(noQuote)('%s: marks exactly what the scanner shows in node, no errors, no layout change', async (name) => {
      const html = readFileSync(join(NOQUOTE, name, 'page.html'), 'utf8');
      const inNode = scanHtml(html).quotes.filter((q) => q.speaker !== null).map((q) => norm(q.text)).sort();
      const { page, errors, url } = await driver().open(`/noquote/${name}/page.html`);
      await driver().scanned(url);
      const texts = (await settledIn(page, markedTexts)).map(norm).sort();
      shown += texts.length;
      expect(texts).toEqual(inNode);
      const shift = await page.evaluate(layoutShift);
      expect(shift.moved, 'boxes moved by the marks').toEqual([]);
      expect(shift.sizeWith).toBe(shift.sizeWithout);
      expect(errors, 'page errors').toEqual([]);
      await page.close();
    });
    // #10: at most 2 across 10 such pages.
    test('marks at most 2 quotes across them', () => {
      console.log(`[${label}] no-quote pages: ${shown} quotes marked across ${noQuote.length} pages (target at most 2)`);
      expect(noQuote.length).toBeGreaterThanOrEqual(10);
      expect(shown).toBeLessThanOrEqual(2);
    });
  });
}
