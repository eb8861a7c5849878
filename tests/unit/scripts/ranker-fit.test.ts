import { describe, expect, it } from 'vitest';
import { fitPlatt, reliability } from '../../../scripts/lib/ranker-fit';

describe('Platt calibration of the ranker', () => {
  it('recovers a known map', () => {
    // outcomes drawn (deterministically, by quantile) from P(right) = sigmoid(0.5 * logit(p) - 0.4)
    const ps: number[] = [];
    const right: boolean[] = [];
    for (let i = 1; i < 400; i++) {
      const p = i / 400;
      const truth = 1 / (1 + Math.exp(-(0.5 * Math.log(p / (1 - p)) - 0.4)));
      for (let k = 0; k < 20; k++) { ps.push(p); right.push((k + 0.5) / 20 < truth); }
    }
    const { a, b } = fitPlatt(ps, right);
    expect(a).toBeCloseTo(0.5, 1);
    expect(b).toBeCloseTo(-0.4, 1);
  });

  it('does not overshoot into an inverted map when most answers sit at the clamp', () => {
    // fifty near-certain answers (one in ten wrong) and six weak ones: plain Newton steps from
    // the identity jumped to a = -469 here, ranking the weak answers above the strong
    const ps = [...Array<number>(50).fill(0.999999), ...Array<number>(5).fill(0.3), 0.5];
    const right = ps.map((p, i) => (p > 0.9 ? i % 10 !== 0 : i % 2 === 0));
    const { a, b } = fitPlatt(ps, right);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(10);
    const cal = (p: number): number => 1 / (1 + Math.exp(-(a * Math.log(p / (1 - p)) + b)));
    expect(cal(0.999999)).toBeGreaterThan(cal(0.3));
    // the strong answers are right 90% of the time: their calibrated confidence says so
    expect(reliability(ps.slice(0, 50).map(cal), right.slice(0, 50)).ece).toBeLessThan(0.03);
  });
});
