import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityIndex, Mention } from '../../../lib/detect/mentions';
import { nearbyNames } from '../../../lib/detect/nearby';

/** The plain form nearbyNames implements: first sighting per name, stable sort by distance, cut to 12. */
function plainNearby(ms: Mention[], open: number, after: number): string[] {
  let lo = 0;
  while (lo < ms.length && ms[lo].s < open) lo++;
  const seen: { name: string; d: number }[] = [];
  const take = (name: string, d: number): void => { if (!seen.some((x) => x.name === name)) seen.push({ name, d }); };
  for (let k = lo - 1, n = 0; k >= 0 && n < 120 && open - ms[k].s <= 3000; k--, n++) take(ms[k].entity.name, open - ms[k].e);
  let k = lo;
  while (k < ms.length && ms[k].s < after) k++;
  for (let n = 0; k < ms.length && n < 120 && ms[k].s - after <= 600; k++, n++) take(ms[k].entity.name, ms[k].s - after);
  return seen.map((x, i) => ({ ...x, i })).sort((a, b) => a.d - b.d || a.i - b.i).slice(0, 12).map((x) => x.name);
}

const entity = (name: string): Entity => ({ name, tokens: name.split(' '), kind: 'person', gender: null, count: 1, first: 0, strong: false, fullAt: [] });

describe('nearbyNames', () => {
  it('equals its plain form: nearest first, each name once, ties in the order seen, at most 12', () => {
    // few names, shared by several entities (a person and an organisation may both be "Holt"),
    // mentions of any length, dense or sparse, so that the caps and ties are all reached
    const names = Array.from({ length: 30 }, (_, i) => `Name ${i % 20}`);
    const sparse = fc.record({ gap: fc.integer({ min: 0, max: 120 }), len: fc.integer({ min: 1, max: 40 }), who: fc.nat(names.length - 1) });
    // dense and short: many mentions at the same distance, so ties fall on the twelfth place
    const dense = fc.record({ gap: fc.integer({ min: 0, max: 3 }), len: fc.integer({ min: 1, max: 3 }), who: fc.nat(names.length - 1) });
    const mention = fc.oneof(sparse, dense);
    fc.assert(
      fc.property(fc.oneof(fc.array(sparse, { maxLength: 400 }), fc.array(dense, { maxLength: 400 }), fc.array(mention, { maxLength: 400 })), fc.nat(), fc.nat(400), (raw, at, qlen) => {
        const ents = names.map(entity);
        let pos = 0;
        const ms: Mention[] = raw.map((r) => { pos += r.gap; return { s: pos, e: pos + r.len, entity: ents[r.who], object: false, subject: false }; });
        const idx: EntityIndex = { mentions: ms, byLast: new Map(), byFirst: new Map(), orgs: new Map(), roles: new Map() };
        const open = pos === 0 ? 0 : at % (pos + 1);
        // several quotes of the same index, as finishQuotes asks
        for (const o of [open, Math.max(0, open - 700), open + 50]) expect(nearbyNames(idx, o, o + qlen)).toEqual(plainNearby(ms, o, o + qlen));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps the first-seen of names tied at the twelfth place, and a name only at its first sighting', () => {
    // thirteen names ending at the same place before the quote, the nearest-starting first
    const ms: Mention[] = Array.from({ length: 13 }, (_, i) => ({ s: 100 - i, e: 101, entity: entity(`N${i}`), object: false, subject: false }))
      .sort((a, b) => a.s - b.s);
    // N0 again, right after the quote: it keeps its distance from before the quote
    ms.push({ s: 212, e: 215, entity: entity('N0'), object: false, subject: false });
    const idx: EntityIndex = { mentions: ms, byLast: new Map(), byFirst: new Map(), orgs: new Map(), roles: new Map() };
    const got = nearbyNames(idx, 200, 210);
    expect(got).toEqual(Array.from({ length: 12 }, (_, i) => `N${i}`));
    expect(got).toEqual(plainNearby(ms, 200, 210));
  });
});
