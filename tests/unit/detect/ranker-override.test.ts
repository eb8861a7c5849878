import { describe, expect, it } from 'vitest';
import { overrides, pickBest, type RankerModel } from '../../../lib/detect/rank/model';
import type { Features } from '../../../lib/detect/rank/candidates';

// identity calibration: the winner's calibrated probability is its softmax probability
const model = (overrideMargin: number): RankerModel => ({ version: 1, weights: { a: 3, b: 0.5 }, calibration: { a: 1, b: 0 }, overrideMargin });

describe('the ranker replaces the rules only by a calibrated margin', () => {
  // candidate 0 is the rules' (calibrated probability 0.3, log-odds -0.85), candidate 1 the ranker's favourite
  const feats: Features[] = [{ rule: 1, b: 1, 'rule:p': Math.log(0.3 / 0.7) }, { a: 1 }];

  it('overrides when its calibrated probability beats the rules\' by the margin', () => {
    const best = pickBest(model(0).weights, feats)!;
    expect(best.index).toBe(1);
    expect(best.isRule).toBe(false);
    expect(best.ruleP).toBeCloseTo(0.3, 5);
    expect(best.p).toBeGreaterThan(0.5);
    expect(overrides(model(0), best)).toBe(true);
    expect(overrides(model(best.p - 0.3 + 0.01), best)).toBe(false);
  });

  it('never overrides with an answer more likely wrong than right', () => {
    // a strong null option: the winner's probability is below one half
    const weak: Features[] = [{ rule: 1, 'rule:p': Math.log(0.1 / 0.9) }, { a: 1 }];
    const best = pickBest({ a: 0.1, rule: -2 }, weak)!;
    expect(best.index).toBe(1);
    expect(best.p).toBeLessThan(0.5);
    expect(best.p - best.ruleP).toBeGreaterThan(0.3);
    expect(overrides(model(-1), best)).toBe(false);
  });

  it('fills where the rules found nobody, whatever the margin', () => {
    const best = pickBest(model(2).weights, [{ a: 1 }])!;
    expect(best.pRule).toBeNull();
    expect(overrides(model(2), best)).toBe(true);
  });
});
