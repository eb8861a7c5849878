import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ContentScriptContext } from '../../../entrypoints/content/quiet-context';
import { createRescanQueue } from '../../../entrypoints/content/rescan-queue';

/**
 * The content script's pass queue under random interleavings of requests: never two passes at
 * once, every request answered by a pass that started after it, and a full pass whenever one was
 * asked for. (Passes take a random number of ticks; requests arrive between ticks.)
 */
const fakeCtx = { isInvalid: false, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) } as unknown as ContentScriptContext;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe('rescan queue', () => {
  test('property: one pass at a time; each request is served by a later pass; full requests get a full pass', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ gap: fc.nat(3), full: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }),
        async (requests, durations) => {
          let running = 0;
          let maxRunning = 0;
          let clock = 0;
          const passes: { start: number; full: boolean }[] = [];
          const queue = createRescanQueue(fakeCtx, async (full) => {
            running++;
            maxRunning = Math.max(maxRunning, running);
            passes.push({ start: clock++, full });
            for (let i = 0; i < (durations[passes.length % durations.length] ?? 0); i++) await tick();
            running--;
          });
          const served: Promise<void>[] = [];
          for (const r of requests) {
            for (let i = 0; i < r.gap; i++) await tick();
            const at = clock++;
            served.push(
              queue.now(r.full).then(() => {
                const after = passes.filter((p) => p.start > at);
                expect(after.length, 'a pass started after the request').toBeGreaterThan(0);
                if (r.full) expect(after.some((p) => p.full), 'a full pass after a full request').toBe(true);
              }),
            );
          }
          await Promise.all(served);
          expect(maxRunning).toBe(1);
          // Coalescing: never more passes than requests.
          expect(passes.length).toBeLessThanOrEqual(requests.length);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('rescan queue: idle, what page:settled waits on', () => {
  /** A queue whose passes each wait for the test to release them. */
  function gatedQueue() {
    const gates: (() => void)[] = [];
    let passes = 0;
    const queue = createRescanQueue(fakeCtx, () => {
      passes++;
      return new Promise<void>((r) => gates.push(r));
    });
    return { queue, release: () => gates.shift()?.(), passes: () => passes };
  }
  const settledFlag = (p: Promise<void>) => {
    const s = { done: false };
    void p.then(() => (s.done = true));
    return s;
  };

  test('with nothing to do it resolves at once', async () => {
    const { queue } = gatedQueue();
    const s = settledFlag(queue.idle());
    await tick();
    expect(s.done).toBe(true);
  });

  test('waits for the running pass and the one queued behind it', async () => {
    const { queue, release, passes } = gatedQueue();
    void queue.now(false);
    void queue.now(true);
    const s = settledFlag(queue.idle());
    release();
    await tick();
    expect(passes()).toBe(2);
    expect(s.done).toBe(false);
    release();
    await tick();
    expect(s.done).toBe(true);
  });

  test('a page change waiting out its debounce is not idle: the pass it leads to runs first', async () => {
    const { queue, release, passes } = gatedQueue();
    queue.soon();
    const s = settledFlag(queue.idle());
    await tick();
    expect(s.done).toBe(false);
    while (passes() === 0) await new Promise((r) => setTimeout(r, 20));
    expect(s.done).toBe(false);
    release();
    await tick();
    expect(s.done).toBe(true);
  });

  test('stopping wakes whoever waits', async () => {
    const { queue } = gatedQueue();
    void queue.now(false);
    const s = settledFlag(queue.idle());
    queue.stop();
    await tick();
    expect(s.done).toBe(true);
  });
});
