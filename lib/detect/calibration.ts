/**
 * Calibrated confidence of the rules' attributions. The rules' certainty (cue route times
 * resolution) ranks attributions but is no probability: "said Holt" after a quote and "Holt"
 * found before it both score 0.9, and are right 94% and 87% of the time on the training split.
 * scripts/calibrate-rules.ts fits, on train, a Platt map of the raw certainty and the counts of
 * right and wrong attributions per kind (route, method, entity kind, full name or not) and per
 * raw value within a kind; a kind's rate is shrunk towards the coarser estimate, so rare kinds
 * keep the pooled map.
 */
import fitted from './rules-calibration.json';
import { evidenceOf } from './attribute';
import type { Attribution } from './routes';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const FULL_NAME_END = /\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}'’-]*$/u;

export interface RulesCalibration {
  version: number;
  /** P(right) = sigmoid(a * logit(raw) + b): the pooled estimate. */
  platt: { a: number; b: number };
  /** [attributions, right ones] by kind (`how/method/entity/full`) and by `kind|raw`. */
  counts: Record<string, [number, number]>;
  /** Pseudo-count with which a kind's rate is shrunk towards the coarser estimate. */
  prior: number;
  /**
   * Lowest calibrated confidence at which a named speaker may contradict a record's speaker
   * (`misattributed`): chosen on train so that wrong named attributions above it stay in budget.
   */
  misattributedMinConfidence: number;
}

export const RULES_CALIBRATION = fitted as unknown as RulesCalibration;
export const MISATTRIBUTED_MIN_CONFIDENCE = RULES_CALIBRATION.misattributedMinConfidence;

/** What the calibration knows about one attribution. */
export interface AttributionKind {
  how: string;
  method: string;
  /** 'person' | 'org' for an indexed entity, 'none' for an unnamed source or a bare phrase. */
  entity: string;
  /** The mention ends in a name of two words or more ("Jane Holt"; "the Holt campaign" does not). */
  full: boolean;
}

export const kindKey = (k: AttributionKind): string => `${k.how}/${k.method}/${k.entity}/${k.full ? 'full' : 'short'}`;
export const rawKey = (k: AttributionKind, raw: number): string => `${kindKey(k)}|${raw.toFixed(2)}`;

const EPS = 1e-4;
const logit = (p: number): number => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};

/**
 * The shipped calibration's answers by kind and raw value (a function of them only): a text's
 * quotes share a few dozen kinds and raw values, and each answer built two keys, one with toFixed.
 * Nested by field, so that a lookup builds no string.
 */
const SHIPPED_MEMO = new Map<string, Map<string, Map<string, Map<boolean, Map<number, number>>>>>();
/** Answers remembered at most (the memo is dropped, not grown, past this). */
const SHIPPED_MEMO_MAX = 20_000;
let shippedMemoSize = 0;

/** P(right) for a raw rules confidence. */
export function calibrateRules(raw: number, kind: AttributionKind, cal: RulesCalibration = RULES_CALIBRATION): number {
  if (cal !== RULES_CALIBRATION) return calibrateWith(raw, kind, cal);
  let byMethod = SHIPPED_MEMO.get(kind.how);
  if (!byMethod) SHIPPED_MEMO.set(kind.how, (byMethod = new Map()));
  let byEntity = byMethod.get(kind.method);
  if (!byEntity) byMethod.set(kind.method, (byEntity = new Map()));
  let byFull = byEntity.get(kind.entity);
  if (!byFull) byEntity.set(kind.entity, (byFull = new Map()));
  let byRaw = byFull.get(kind.full);
  if (!byRaw) byFull.set(kind.full, (byRaw = new Map()));
  let p = byRaw.get(raw);
  if (p === undefined) {
    if (shippedMemoSize >= SHIPPED_MEMO_MAX) { SHIPPED_MEMO.clear(); shippedMemoSize = 0; }
    p = calibrateWith(raw, kind, cal);
    byRaw.set(raw, p);
    shippedMemoSize++;
  }
  return p;
}

function calibrateWith(raw: number, kind: AttributionKind, cal: RulesCalibration): number {
  let p = 1 / (1 + Math.exp(-(cal.platt.a * logit(raw) + cal.platt.b)));
  for (const key of [kindKey(kind), rawKey(kind, raw)]) {
    const c = cal.counts[key];
    if (c) p = (c[1] + cal.prior * p) / (c[0] + cal.prior);
  }
  return p;
}

/** Whether a mention ends in a name of two words or more: "Jane Holt", "Secretary of State Antony Blinken". */
export const isFullName = (mention: string): boolean => FULL_NAME_END.test(mention.trim());

/** The kind of an attribution; a speaker the ranker chose over the rules' own is a kind of its own. */
export function attributionKind(a: Attribution): AttributionKind {
  return { how: a.ranked === 'override' ? 'override' : a.how, method: evidenceOf(a).method, entity: a.resolved?.entity?.kind ?? 'none', full: isFullName(a.resolved?.mention ?? '') };
}

/** P(right) of an attribution as the rules made it (0 when they found no speaker). */
export const rulesProbability = (a: Attribution): number => (a.resolved ? calibrateRules(a.confidence, attributionKind(a)) : 0);
