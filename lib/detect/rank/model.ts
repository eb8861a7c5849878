/**
 * The mention ranker's model: a conditional logistic regression (a softmax over each quote's
 * candidates) on sparse named features, and a Platt calibration that turns the winner's
 * softmax probability into the probability that the attribution is right. Fitted offline by
 * scripts/train-attribution.ts; the weights ship as ranker-weights.json.
 */
import type { Features } from './candidates';

export interface RankerModel {
  version: number;
  weights: Record<string, number>;
  /** P(right) = sigmoid(a * logit(p) + b), p the winner's softmax probability. */
  calibration: { a: number; b: number };
  /** Below this calibrated confidence a named speaker is too unsure to call a record's speaker wrong. */
  misattributedMinConfidence?: number;
}

export function scoreOf(w: Record<string, number>, f: Features): number {
  let s = 0;
  for (const k in f) s += (w[k] ?? 0) * f[k];
  return s;
}

/** Softmax over scores (stable). */
export function softmax(scores: number[]): number[] {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const ex = scores.map((s) => Math.exp(s - max));
  const z = ex.reduce((a, b) => a + b, 0);
  return ex.map((e) => e / z);
}

const EPS = 1e-6;
export const logit = (p: number): number => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function calibrated(model: RankerModel, p: number): number {
  return sigmoid(model.calibration.a * logit(p) + model.calibration.b);
}

/** Index of the best candidate and its softmax probability, or null for no candidates. */
export function pickBest(w: Record<string, number>, feats: Features[]): { index: number; p: number } | null {
  if (feats.length === 0) return null;
  const probs = softmax(feats.map((f) => scoreOf(w, f)));
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
  return { index: best, p: probs[best] };
}
