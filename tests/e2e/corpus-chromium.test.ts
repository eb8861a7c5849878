import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { chromiumSettled, launchChromium, type ChromiumSession } from './support/chromium';
import { collectMarks } from './support/expectations';
import { PAGES } from './support/paths';

/**
 * The rendered-page corpus through the real extension: what is marked on a page with site chrome
 * (nav, tickers, rails, ads, captions, comments, newsletter boxes, pull quotes, tweet embeds).
 */
const CORPUS = join(PAGES, 'corpus');
const norm = (s: string) => s.replace(/[\s“”"‘’',.]+/g, ' ').trim().toLowerCase();

interface Expected {
  quotes: { text: string; speaker: string | null }[];
  repeated?: string[];
}

let server: StaticServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await serveFolder(PAGES);
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium: rendered pages with site chrome', () => {
  const slugs = readdirSync(CORPUS).sort();
  let marked = 0;
  let correct = 0;
  let attributed = 0;
  let recalled = 0;

  test.each(slugs)('%s: marks what a reader should see, once', async (slug) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, slug, 'expected.json'), 'utf8')) as Expected;
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/corpus/${slug}/`);
    await page.waitForFunction(() => document.querySelectorAll('qtmark').length > 0, null, { timeout: 20_000 });
    // The content script says when its idle slices are done (not a guessed quiet period).
    await chromiumSettled(page);
    const marks = await page.evaluate(collectMarks);
    const want = expected.quotes.map((q) => norm(q.text));
    const hits = marks.filter((m) => want.some((w) => norm(m.text).includes(w) || w.includes(norm(m.text))));
    marked += marks.length;
    correct += hits.length;
    // Recall over the quotes the page attributes (unattributed ones are not shown by design).
    for (const q of expected.quotes.filter((x) => x.speaker)) {
      attributed += 1;
      if (marks.some((m) => norm(m.text).includes(norm(q.text)) || norm(q.text).includes(norm(m.text)))) recalled += 1;
    }
    expect(marks.filter((m) => m.inChrome), 'marks in site chrome').toEqual([]);
    for (const r of expected.repeated ?? []) {
      expect(marks.filter((m) => norm(m.text).includes(norm(r))).length, `repeated once: ${r}`).toBe(1);
    }
    expect(hits.length / Math.max(1, marks.length), 'precision').toBeGreaterThanOrEqual(0.95);
    await page.close();
  });

  test('overall: precision of the marks at least 0.95, recall of attributed quotes at least 0.9', () => {
    console.log(`rendered corpus in Chromium: precision ${correct}/${marked}, recall ${recalled}/${attributed}`);
    expect(marked).toBeGreaterThan(0);
    expect(correct / marked).toBeGreaterThanOrEqual(0.95);
    expect(recalled / attributed).toBeGreaterThanOrEqual(0.9);
  });
});
