/**
 * The mention ranker's model: a conditional logistic regression (a softmax over each quote's
 * candidates) on sparse named features, boosted trees added to its score (trees.ts), and a Platt calibration that turns the winner's
 * softmax probability into the probability that the attribution is right. Fitted offline by
 * scripts/train-attribution.ts; the weights ship as ranker-weights.json.
 */
import type { Features } from './candidates';
import { denseWeights, featureId, rowScore, type FeatureRow } from './features';
import { forestScoreOf, forestScoreOfRow, loadForest, type Forest, type ForestJson } from './trees';

export interface RankerModel {
  version: number;
  weights: Record<string, number>;
  /**
   * P(right) = sigmoid(a * logit(p) + b), p the winner's softmax probability against the other
   * candidates and a null option of score 0 (a lone candidate's plain softmax would always be 1).
   */
  calibration: { a: number; b: number };
  /**
   * The ranker replaces the rules' own answer only when its winner's calibrated probability
   * exceeds the rules' calibrated probability (`rule:p`) by at least this much (chosen by
   * cross-validation on train; above 1: never, the ranker then only speaks where the rules
   * found no speaker).
   */
  overrideMargin?: number;
  /**
   * The ranker is asked about a quote the rules answered only when their calibrated probability
   * is below this (chosen by CV on train: the lowest cap that loses no override; above it the
   * rules' answer always stands, and ranking it would only cost time). Absent: every quote.
   */
  overrideBelow?: number;
  /** Platt map of the winner's softmax probability where it is not the rules' answer (for overrides). */
  overrideCalibration?: { a: number; b: number };
  /** Boosted trees whose output is added to the linear score (version 2). */
  trees?: ForestJson;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const platt = (c: unknown): boolean => !!c && typeof c === 'object' && finite((c as { a?: unknown }).a) && finite((c as { b?: unknown }).b);

/**
 * Checks a model read from JSON; throws with the reason when it is malformed (the caller then
 * lets the rules answer alone rather than rank with half a model).
 */
export function checkModel(j: unknown): RankerModel {
  const o = j as Partial<RankerModel> | null;
  if (!o || typeof o !== 'object') throw new Error('ranker model: not an object');
  if (o.version !== 1 && o.version !== 2) throw new Error(`ranker model: unknown version ${String(o.version)}`);
  if (!o.weights || typeof o.weights !== 'object' || !Object.values(o.weights).every(finite)) throw new Error('ranker model: weights must map names to finite numbers');
  if (!platt(o.calibration)) throw new Error('ranker model: calibration needs finite a and b');
  if (o.overrideCalibration !== undefined && !platt(o.overrideCalibration)) throw new Error('ranker model: overrideCalibration needs finite a and b');
  if (o.overrideMargin !== undefined && !finite(o.overrideMargin)) throw new Error('ranker model: overrideMargin is not a finite number');
  if (o.overrideBelow !== undefined && !finite(o.overrideBelow)) throw new Error('ranker model: overrideBelow is not a finite number');
  if (o.trees !== undefined) forests.set(o.trees, loadForest(o.trees));
  return o as RankerModel;
}

const forests = new WeakMap<ForestJson, Forest>();

/** The model's trees, checked and flattened on first use (null: a linear model). */
export function forestOf(model: RankerModel): Forest | null {
  if (!model.trees) return null;
  let f = forests.get(model.trees);
  if (!f) { f = loadForest(model.trees); forests.set(model.trees, f); }
  return f;
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

export interface Best {
  index: number;
  /** The winner's softmax probability. */
  p: number;
  /** The rules' candidate's softmax probability (null: the rules found no speaker). */
  pRule: number | null;
  /** The rules' calibrated probability of being right (0 without a rules' answer). */
  ruleP: number;
  /** The winner is the rules' own answer. */
  isRule: boolean;
}

/** Index of the best candidate, its softmax probability and the rules' candidate's, or null for no candidates. */
export function pickBest(w: Record<string, number>, feats: Features[], forest: Forest | null = null): Best | null {
  if (feats.length === 0) return null;
  let linear = false;
  for (const _ in w) { linear = true; break; }
  // a trees-only model skips the linear pass over every feature
  const scores = feats.map((f) => (linear ? scoreOf(w, f) : 0) + (forest ? forestScoreOf(forest, f) : 0));
  const r = feats.findIndex((f) => f.rule === 1);
  return bestOf(scores, r, r >= 0 ? feats[r]['rule:p'] : undefined);
}

/**
 * The same over candidates' feature rows (what detection runs): the same scores, summed in the
 * same order, without building keyed objects.
 */
export function pickBestRows(w: Record<string, number>, rows: FeatureRow[], forest: Forest | null = null): Best | null {
  if (rows.length === 0) return null;
  let linear = false;
  for (const _ in w) { linear = true; break; }
  const dense = linear ? denseWeights(w) : null;
  const scores = rows.map((f) => (dense ? rowScore(dense, f) : 0) + (forest ? forestScoreOfRow(forest, f) : 0));
  const r = rows.findIndex((f) => f.get(RULE) === 1);
  return bestOf(scores, r, r >= 0 ? rows[r].get(RULE_P) : undefined);
}

const RULE = featureId('rule');
const RULE_P = featureId('rule:p');

/** The winner among scored candidates; r is the rules' candidate (-1: none), ruleLogit its `rule:p`. */
function bestOf(scores: number[], r: number, ruleLogit: number | undefined): Best {
  const probs = softmax([...scores, 0]);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (probs[i] > probs[best]) best = i;
  return { index: best, p: probs[best], pRule: r >= 0 ? probs[r] : null, ruleP: r >= 0 ? sigmoid(ruleLogit ?? 0) : 0, isRule: r === best };
}

/** The calibrated probability that a winner other than the rules' answer is right. */
export const overrideProbability = (model: RankerModel, p: number): number =>
  sigmoid((model.overrideCalibration ?? model.calibration).a * logit(p) + (model.overrideCalibration ?? model.calibration).b);

/**
 * An override must also be more likely right than wrong: below that the rules' answer, however
 * weak, is kept (as a fill below it is not reported).
 */
export const OVERRIDE_MIN_CONFIDENCE = 0.5;

/** Whether the ranker's winner replaces the rules' answer (always, where the rules have none). */
export function overrides(model: RankerModel, best: Best): boolean {
  if (best.pRule === null || best.isRule) return true;
  const p = overrideProbability(model, best.p);
  return p >= OVERRIDE_MIN_CONFIDENCE && p - best.ruleP >= (model.overrideMargin ?? 0);
}
