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
