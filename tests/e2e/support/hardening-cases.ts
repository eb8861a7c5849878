import { describe, expect, test } from 'vitest';
import { leftovers, markSummary, settledIn, waitForText, waitIn, type HardeningDriver, type PageLike } from './hardening-page';
import { measurePage } from './hardening-perf';

/**
 * The dynamic and hostile page cases, the same in Chromium and Firefox. Each opens its own
 * fixture (tests/fixtures/pages/hardening/<case>/) in a new tab.
 */

const has = (texts: string[], s: string) => texts.some((t) => t.includes(s));
/** The hover card's text (closed shadow root: read by the driver), once it shows. */
const cardOf = (page: PageLike) => waitForText(() => page.cardText!());
/** Moves the real mouse onto a mark found by fn (viewport coordinates of the top page). */
async function hoverAt(page: PageLike, at: { x: number; y: number }) {
  await page.mouseTo!(5, 880);
  await page.mouseTo!(at.x, at.y);
}
const noErrors = (page: PageLike) => page.evaluate(() => (window as unknown as { __probe: { errors: string[] } }).__probe.errors.join(' | '));

export function defineDynamicTests(driver: () => HardeningDriver) {
  describe('dynamic pages', () => {
    test('SPA route change (pushState): old marks go, the new story is marked, back again, no duplicates', async () => {
      const page = await driver().open('/hardening/spa/');
      await waitIn(page, () => document.querySelectorAll('qtmark').length >= 2);
      expect(has((await page.evaluate(markSummary)).texts, 'We will finish the bridge')).toBe(true);
      await page.evaluate(() => (window as unknown as { go: (p: string) => void }).go('/hardening/spa/story-2'));
      await waitIn(page, () => [...document.querySelectorAll('qtmark')].some((m) => m.textContent?.includes('The channel is safe')));
      const second = await settledIn(page, markSummary);
      expect(has(second.texts, 'bridge')).toBe(false);
      expect(second.nested).toBe(0);
      expect(second.marks).toBe(second.ids);
      await page.evaluate(() => history.back());
      await waitIn(page, () => [...document.querySelectorAll('qtmark')].some((m) => m.textContent?.includes('We will finish the bridge')));
      const back = await settledIn(page, markSummary);
      expect(has(back.texts, 'The channel is safe')).toBe(false);
      expect(back.marks).toBe(back.ids);
      expect(await noErrors(page)).toBe('');
      await page.close();
    });

    test('article rendered after load is found; re-renders (same text, rebuilt, HTML copied) never duplicate marks', async () => {
      const page = await driver().open('/hardening/late-render/');
      await waitIn(page, () => document.querySelectorAll('qtmark').length >= 2);
      const first = await settledIn(page, markSummary);
      expect(first.ids).toBe(2);
      type W = { rerenderSame: () => void; rerenderRebuild: () => void; rerenderCopyHtml: () => void };
      for (const how of ['rerenderSame', 'rerenderRebuild', 'rerenderCopyHtml'] as const) {
        await page.evaluate((h) => (window as unknown as W)[h](), how);
        await waitIn(page, () => document.querySelectorAll('qtmark').length >= 2);
        const after = await settledIn(page, markSummary);
        expect(after.ids, how).toBe(2);
        expect(after.marks, how).toBe(2);
        expect(after.nested, how).toBe(0);
        expect(after.texts.sort(), how).toEqual(first.texts.sort());
      }
      expect(await noErrors(page)).toBe('');
      await page.close();
    });

    test('a paragraph the page adds to keeps its marks while it is read again (no blink)', async () => {
      const page = await driver().open('/hardening/late-render/');
      await waitIn(page, () => document.querySelectorAll('qtmark').length >= 2);
      await settledIn(page, markSummary);
      // Between tasks (when the page can paint) the quotes stay marked; the old marks are replaced
      // by new ones in one go once the background has answered for the re-read paragraph.
      const before = await page.evaluate(() => {
        const w = window as unknown as { fewestMarks: number; oldMarks: Element[] };
        const count = () => document.querySelectorAll('qtmark').length;
        w.oldMarks = [...document.querySelectorAll('qtmark')];
        w.fewestMarks = count();
        const sample = () => {
          w.fewestMarks = Math.min(w.fewestMarks, count());
          setTimeout(sample, 0);
        };
        sample();
        for (const m of w.oldMarks) m.parentElement!.append(' Officials declined to say more.');
        return w.fewestMarks;
      });
      await waitIn(page, () => (window as unknown as { oldMarks: Element[] }).oldMarks.every((m) => !m.isConnected) && document.querySelectorAll('qtmark').length >= 2);
      const after = await settledIn(page, markSummary);
      expect(after).toMatchObject({ ids: before, marks: before, nested: 0 });
      expect(await page.evaluate(() => (window as unknown as { fewestMarks: number }).fewestMarks)).toBe(before);
      expect(await noErrors(page)).toBe('');
      await page.close();
    });

    test('infinite scroll: entries are marked as they arrive, the footer never', async () => {
      const page = await driver().open('/hardening/infinite/');
      await waitIn(page, () => document.querySelectorAll('qtmark').length >= 1);
      for (let i = 0; i < 3; i++) await page.evaluate(() => (window as unknown as { loadMore: (n: number) => number }).loadMore(3));
      await waitIn(page, () => new Set([...document.querySelectorAll('qtmark')].map((m) => m.getAttribute('data-quotetrace-id'))).size >= 10);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const s = await settledIn(page, markSummary);
      const entries = await page.evaluate(() => document.querySelectorAll('#feed p').length);
      expect(s.ids).toBe(1 + (entries - 2) / 2);
      expect(s.nested).toBe(0);
      expect(has(s.texts, 'not a statement')).toBe(false);
      await page.close();
    });

    test('paywall overlay: the overlay is never marked; the text revealed on unlock is', async () => {
      const page = await driver().open('/hardening/paywall/');
      await waitIn(page, () => document.querySelectorAll('qtmark').length >= 1);
      expect(has((await page.evaluate(markSummary)).texts, 'Subscribe')).toBe(false);
      await page.evaluate(() => (window as unknown as { unlock: () => void }).unlock());
      await waitIn(page, () => [...document.querySelectorAll('qtmark')].some((m) => m.textContent?.includes('We expect normal service')));
      const s = await settledIn(page, markSummary);
      expect(s.ids).toBe(2);
      await page.close();
    });

    test('open shadow root: shadow and slotted quotes are marked and styled; later shadow additions too', async () => {
      const page = await driver().open('/hardening/shadow/');
      await waitIn(page, () => (document.querySelector('news-story')?.shadowRoot?.querySelectorAll('qtmark').length ?? 0) >= 1);
      await waitIn(page, () => document.querySelectorAll('qtmark').length >= 1);
      expect(has((await page.evaluate(markSummary, 'shadow:news-story')).texts, 'We have twice the seats')).toBe(true);
      expect(has((await page.evaluate(markSummary)).texts, 'Slotted words')).toBe(true);
      expect(await page.evaluate(() => document.querySelector('news-story')!.shadowRoot!.querySelectorAll('style[data-quotetrace-ui]').length)).toBe(1);
      await page.evaluate(() => (window as unknown as { addInShadow: () => void }).addInShadow());
      await waitIn(page, () => [...document.querySelector('news-story')!.shadowRoot!.querySelectorAll('qtmark')].some((m) => m.textContent?.includes("children's floor")));
      const s = await settledIn(page, markSummary, 'shadow:news-story');
      expect(s.nested).toBe(0);
      expect(s.marks).toBe(s.ids);
      // Hovering a mark inside the shadow tree opens the card (events are read on the composed path).
      const inShadow = await page.evaluate(() => {
        const marks = document.querySelector('news-story')!.shadowRoot!.querySelectorAll('qtmark');
        const r = [...marks].find((x) => x.textContent?.includes('twice the seats'))!.getClientRects()[0];
        return { x: r.left + 4, y: r.top + r.height / 2 };
      });
      await hoverAt(page, inShadow);
      expect(await cardOf(page)).toContain('Maria Lopez');
      // Light DOM projected through a slot: changing it is seen (climbing through the slot).
      await page.evaluate(() => {
        document.querySelector('[slot="lede"]')!.textContent = '"Slots change too," said Aiko Tanaka, the deputy editor.';
      });
      await waitIn(page, () => [...document.querySelectorAll('qtmark')].some((m) => m.textContent?.includes('Slots change too')));
      await page.close();
    });

    test('same-origin iframe: the framed story is marked, later additions too', async () => {
      const page = await driver().open('/hardening/iframe/');
      await waitIn(page, () => (document.querySelector<HTMLIFrameElement>('#story')?.contentDocument?.querySelectorAll('qtmark').length ?? 0) >= 2);
      await page.evaluate(() => (document.querySelector<HTMLIFrameElement>('#story')!.contentWindow as unknown as { addLater: () => void }).addLater());
      await waitIn(page, () => [...document.querySelector<HTMLIFrameElement>('#story')!.contentDocument!.querySelectorAll('qtmark')].some((m) => m.textContent?.includes('Insurance costs')));
      const s = await settledIn(page, markSummary, 'frame:#story');
      expect(s.ids).toBe(3);
      expect(s.nested).toBe(0);
      expect(await page.evaluate(() => document.querySelector<HTMLIFrameElement>('#story')!.contentDocument!.querySelectorAll('style[data-quotetrace-ui]').length)).toBe(1);
      // Hovering a mark inside the frame opens the top page's card, placed by the frame's offset.
      const inFrame = await page.evaluate(() => {
        const f = document.querySelector<HTMLIFrameElement>('#story')!;
        f.scrollIntoView({ block: 'start' });
        const m = [...f.contentDocument!.querySelectorAll('qtmark')].find((x) => x.textContent?.includes('The barrier closed'))!;
        m.scrollIntoView({ block: 'center' });
        const fr = f.getBoundingClientRect();
        const r = m.getClientRects()[0];
        return { x: fr.left + f.clientLeft + r.left + 4, y: fr.top + f.clientTop + r.top + r.height / 2 };
      });
      await hoverAt(page, inFrame);
      expect(await cardOf(page)).toContain('John Carter');
      const box = await page.cardBox!();
      const frame = await page.evaluate(() => {
        const r = document.querySelector('#story')!.getBoundingClientRect();
        return { top: r.top, left: r.left };
      });
      const placed = !!box && box.y >= frame.top && box.x >= frame.left - 8;
      expect(placed).toBe(true);
      await page.close();
    });
  });
}

export function defineHostileTests(driver: () => HardeningDriver) {
  describe('hostile pages', () => {
    // The hostile page breaks Array.prototype.map and friends in its own world, so these checks
    // use plain loops and return strings and numbers only.
    const countMarks = () => document.getElementsByTagName('qtmark').length;

    test('markup and script inside quotes stay text: nothing runs, nothing is rendered, the card shows it literally', async () => {
      const page = await driver().open('/hardening/hostile/');
      await waitIn(page, () => document.getElementsByTagName('qtmark').length >= 3);
      const texts = await page.evaluate(() => {
        let s = '';
        const marks = document.getElementsByTagName('qtmark');
        for (let i = 0; i < marks.length; i++) s += `${marks[i].textContent}\n`;
        return s;
      });
      expect(texts).toContain('<script>window.__pwned=1</script> is not a plan');
      expect(texts).toContain("<img src=x onerror='window.__pwned=2'> soon");
      expect(await page.evaluate(() => String((window as unknown as { __pwned?: unknown }).__pwned))).toBe('undefined');
      expect(await page.evaluate(() => document.getElementsByTagName('img').length + document.body.getElementsByTagName('script').length)).toBe(1);
      const id = await page.evaluate(() => {
        const marks = document.getElementsByTagName('qtmark');
        for (let i = 0; i < marks.length; i++) if (marks[i].textContent!.includes('<img')) return marks[i].getAttribute('data-quotetrace-id')!;
        return '';
      });
      await page.hover(`qtmark[data-quotetrace-id="${id}"]`);
      const card = `${await cardOf(page)}\n#elements:${await page.cardElements!()}`;
      expect(card).toContain('<img src=x onerror=');
      expect(card).toContain('#elements:0');
      expect(await page.evaluate(() => String((window as unknown as { __pwned?: unknown }).__pwned))).toBe('undefined');
      await page.close();
    });

    test("page overwrites Array.prototype, JSON, Node.prototype: the extension works and the page's own scripts keep working", async () => {
      const page = await driver().open('/hardening/hostile/');
      await waitIn(page, countMarks);
      type W = { pageSelfTest: () => boolean; __tick: number; __probe: { errors: string[] } };
      expect(await page.evaluate(() => (window as unknown as W).pageSelfTest())).toBe(true);
      const t0 = await page.evaluate(() => (window as unknown as W).__tick);
      await waitIn(page, (t) => (window as unknown as W).__tick > t + 5, t0);
      expect(await page.evaluate(() => (window as unknown as W).__probe.errors.length)).toBe(0);
      await page.close();
    });

    test('page removes and moves highlighted nodes: no exception, no nested or duplicate marks', async () => {
      const page = await driver().open('/hardening/hostile/');
      await waitIn(page, () => document.getElementsByTagName('qtmark').length >= 5);
      for (const mode of ['remove', 'move']) {
        await page.evaluate((m) => (window as unknown as { hostile: (m: string) => void }).hostile(m), mode);
        await settledIn(page, countMarks);
      }
      const state = await page.evaluate(() => ({
        nested: document.querySelectorAll('qtmark qtmark').length,
        removedStillMarked: document.getElementById('p-remove')!.getElementsByTagName('qtmark').length,
        errors: (window as unknown as { __probe: { errors: string[] } }).__probe.errors.length,
        scriptMarked: document.getElementById('p-script')!.getElementsByTagName('qtmark').length,
      }));
      expect(state).toEqual({ nested: 0, removedStillMarked: 0, errors: 0, scriptMarked: 1 });
      await page.close();
    });

    test('100,000 elements: quotes found, no error', async () => {
      const page = await driver().open('/hardening/huge/');
      expect(await page.evaluate(() => (window as unknown as { __elements: number }).__elements)).toBeGreaterThanOrEqual(100_000);
      await waitIn(page, () => new Set([...document.querySelectorAll('qtmark')].map((m) => m.getAttribute('data-quotetrace-id'))).size >= 100, undefined, 60_000);
      expect((await settledIn(page, markSummary)).nested).toBe(0);
      expect(await noErrors(page)).toBe('');
      await page.close();
    });

    test('depth 10,000: shallow quotes found, the deep end is bounded, no error', async () => {
      const page = await driver().open('/hardening/deep/');
      expect(await page.evaluate(() => (window as unknown as { __depth: number }).__depth)).toBeGreaterThanOrEqual(10_000);
      await waitIn(page, () => [...document.querySelectorAll('qtmark')].some((m) => m.textContent?.includes('Near the top of the nest')), undefined, 30_000);
      const s = await settledIn(page, markSummary);
      expect(has(s.texts, 'Shallow quotes are still found')).toBe(true);
      expect(await noErrors(page)).toBe('');
      await page.close();
    });
  });
}

export { leftovers };

/** The page's cost: a long page scanned in idle slices, and a page that never stops mutating. */
export function definePerformanceTests(driver: () => HardeningDriver, title: string) {
  describe(title, () => {
    test('long page (50,000 words, 5,000 quotes): every quote marked in idle slices while the page scrolls', async () => {
      const page = await driver().open('/hardening/long/');
      const perf = await measurePage(page, 'long', 5000);
      console.log(`[perf ${driver().browser}] ${JSON.stringify(perf)}`);
      expect(perf.quotesMarked).toBe(5000);
      expect(perf.scrolled).toBe(true);
      expect(perf.slices).toBeGreaterThan(10);
      // Sliced for real, counted not timed (a loaded machine stretches any slice): slice
      // durations are in the log line above and in npm run bench:page.
      expect(perf.errors).toBe(0);
      await page.close();
    });

    test('page that mutates every frame: the story is marked and the page keeps running', async () => {
      const page = await driver().open('/hardening/mutating/');
      await waitIn(page, () => [...document.querySelectorAll('qtmark')].some((m) => m.textContent?.includes('We are confident')));
      const f0 = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
      const perf = await measurePage(page, 'mutating', 2, 5_000);
      console.log(`[perf ${driver().browser}] ${JSON.stringify(perf)}`);
      // The page's own loop keeps going (polled: a tab the browser deems hidden runs timers slowly).
      expect(await waitIn(page, (f) => (window as unknown as { __frames: number }).__frames > f + 10, f0)).toBe(true);
      expect(await page.evaluate(() => document.querySelectorAll('qtmark qtmark').length)).toBe(0);
      expect(perf.errors).toBe(0);
      await page.close();
    });
  });
}
