import { describe, expect, it, vi } from 'vitest';
import { detectQuotesRanked, detectQuotesRules } from '../../../lib/detect/index';
import { RANKER, loadRanker } from '../../../lib/detect/rank/index';
import { checkModel, forestOf, pickBest, type RankerModel } from '../../../lib/detect/rank/model';
import { forestScoreOf, loadForest, type ForestJson } from '../../../lib/detect/rank/trees';
import type { Features } from '../../../lib/detect/rank/candidates';
import { fitForest } from '../../../scripts/lib/gbdt-fit';
import { fitRanker, type Group } from '../../../scripts/lib/ranker-fit';

// one tree of depth 2: root splits on `s` at 0.5, its left child on `x` at 2, its right child never splits
const TREE: ForestJson = { depth: 2, features: ['s', 'x'], feat: [0, 1, -1], thr: [0.5, 2, 0], leaf: [-1, -2, 3, 99] };

describe('boosted trees of the mention ranker', () => {
  it('walks each tree by its thresholds, reading an absent feature as 0', () => {
    const f = loadForest(TREE);
    expect(forestScoreOf(f, {})).toBe(-1);
    expect(forestScoreOf(f, { x: 2 })).toBe(-1); // not above the threshold: left
    expect(forestScoreOf(f, { x: 2.5 })).toBe(-2);
    expect(forestScoreOf(f, { s: 1, x: 9 })).toBe(3); // an unsplit node sends everything left
    expect(forestScoreOf(f, { s: 1, unknown: 5 })).toBe(3);
  });

  it('sums its trees', () => {
    const two: ForestJson = { ...TREE, feat: [...TREE.feat, ...TREE.feat], thr: [...TREE.thr, ...TREE.thr], leaf: [...TREE.leaf, 0.5, 0.5, 0.5, 0.5] };
    expect(forestScoreOf(loadForest(two), { x: 3 })).toBe(-1.5);
  });

  it('learns an interaction a linear score cannot hold, and evaluates as trained', () => {
    // a cue marks the right candidate when the candidates are near, the wrong one when they are
    // far (three near quotes to one far: a greedy split cannot start from a perfect balance)
    const groups: Group[] = [];
    for (let k = 0; k < 200; k++) {
      const near = k % 4 !== 0;
      const feats: Features[] = near ? [{ near: 1, cue: 1 }, { near: 1 }] : [{ cue: 1 }, {}];
      groups.push({ feats, right: near ? [true, false] : [false, true] });
    }
    const forest = fitForest(groups, () => 0, { trees: 30, depth: 2, rate: 0.3, lambda: 1, minChild: 1, bins: 8 });
    const model: RankerModel = { version: 2, weights: {}, calibration: { a: 1, b: 0 }, trees: forest };
    const loaded = forestOf(checkModel(JSON.parse(JSON.stringify(model))))!;
    const [far, near] = groups;
    for (const g of [far, near]) expect(g.right[pickBest({}, g.feats, loaded)!.index]).toBe(true);
    // the linear model, fitted on the same quotes, follows the cue in both
    const w = fitRanker(groups);
    expect(far.right[pickBest(w, far.feats)!.index]).toBe(false);
    expect(near.right[pickBest(w, near.feats)!.index]).toBe(true);
    // the same scores from the JSON round trip as from the fitted arrays
    expect(forestScoreOf(loaded, { near: 1, cue: 1 })).toBeCloseTo(forestScoreOf(loadForest(forest), { near: 1, cue: 1 }), 12);
  });

  it('rejects a malformed forest with the reason', () => {
    expect(() => loadForest({ ...TREE, leaf: [1, 2, 3] })).toThrow(/do not make whole trees/);
    expect(() => loadForest({ ...TREE, feat: [0, 7, -1] })).toThrow(/outside the list/);
    expect(() => loadForest({ ...TREE, depth: 0 })).toThrow(/depth/);
    expect(() => loadForest({ ...TREE, thr: [0.5, Number.NaN, 0] })).toThrow(/finite/);
    expect(() => checkModel({ version: 3, weights: {}, calibration: { a: 1, b: 0 } })).toThrow(/version/);
    expect(() => checkModel({ version: 1, weights: { a: 'x' }, calibration: { a: 1, b: 0 } })).toThrow(/weights/);
    expect(() => checkModel({ version: 1, weights: {}, calibration: { a: 1 } })).toThrow(/calibration/);
  });
});

describe('a malformed model file', () => {
  const text = 'Senator Maria Holt spoke at the hall on Monday.\n\n“We will not give up on this town.”\n\nThe crowd cheered. “Nobody listens to us here,” a woman in the front row shouted.';

  it('is refused with a clear message, and the rules answer alone', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const model = loadRanker({ version: 2, weights: {}, calibration: { a: 1, b: 0 }, trees: { ...TREE, leaf: [1] } });
    expect(model).toBeNull();
    expect(err).toHaveBeenCalledWith(expect.stringMatching(/ranker trees: .*speakers come from the rules alone/));
    err.mockRestore();
    expect(detectQuotesRanked(text, model)).toEqual(detectQuotesRules(text));
  });

  it('is not what ships: the shipped model loads', () => {
    expect(RANKER).not.toBeNull();
  });
});
