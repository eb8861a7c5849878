import { describe, expect, it } from 'vitest';
import { overrides, pickBest, type RankerModel } from '../../../lib/detect/rank/model';
import type { Features } from '../../../lib/detect/rank/candidates';
import { analyseText } from '../../../lib/detect/index';
import { rankable } from '../../../lib/detect/rank/index';
import { rulesProbability } from '../../../lib/detect/calibration';

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

describe('the ranker is asked about a ruled quote only below the override cap', () => {
  const text = 'Senator Maria Holt spoke at the hall on Monday.\n\n“We will not give up on this town,” Holt said.';
  const an = analyseText(text)!;
  const k = an.attrs.findIndex((a) => a.resolved);
  const p = rulesProbability(an.attrs[k]);
  const asked = (m: RankerModel): boolean => rankable(text, an.spans[k], an.attrs[k], m);

  it('skips a confident rules answer and asks about a weak one', () => {
    expect(p).toBeGreaterThan(0.2);
    expect(asked({ ...model(0.05), overrideBelow: p - 0.01 })).toBe(false);
    expect(asked({ ...model(0.05), overrideBelow: p + 0.01 })).toBe(true);
    expect(asked(model(0.05))).toBe(true);
  });

  it('never asks when the model only fills', () => {
    expect(asked({ ...model(2), overrideBelow: 1 })).toBe(false);
  });
});
