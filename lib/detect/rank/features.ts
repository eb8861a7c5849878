/**
 * A candidate's features as a short list of (feature id, value) pairs instead of an object with
 * string keys: the ranker builds thousands of these per long text, and keyed objects with ~25
 * dynamic keys each were its largest cost (dictionary-mode stores, `for…in` enumeration, GC).
 * Names are interned once to small integers shared by every text and model.
 */
import type { Features } from './candidates';

const ID_OF = new Map<string, number>();
const NAMES: string[] = [];

/** The id of a feature name (assigned on first sight; stable for the process). */
export function featureId(name: string): number {
  let id = ID_OF.get(name);
  if (id === undefined) { id = NAMES.length; ID_OF.set(name, id); NAMES.push(name); }
  return id;
}

/** How many names have ids so far. */
export const featureCount = (): number => NAMES.length;

/**
 * One candidate's features in the order first set: a score summed in this order is the same
 * number, to the last bit, as one summed over a keyed object (whose keys keep insertion order).
 */
export class FeatureRow {
  readonly ids: number[] = [];
  readonly vals: number[] = [];

  private indexOf(id: number): number {
    const ids = this.ids;
    for (let k = 0; k < ids.length; k++) if (ids[k] === id) return k;
    return -1;
  }

  /** Sets a feature (a feature set again keeps its first place, as an object key does). */
  set(id: number, v: number): void {
    const k = this.indexOf(id);
    if (k >= 0) this.vals[k] = v;
    else { this.ids.push(id); this.vals.push(v); }
  }

  /** The feature's value; absent reads as undefined, as on a keyed object. */
  get(id: number): number | undefined {
    const k = this.indexOf(id);
    return k >= 0 ? this.vals[k] : undefined;
  }

  /** The same features as a keyed object (for training and error reports). */
  toRecord(): Features {
    const f: Features = {};
    for (let k = 0; k < this.ids.length; k++) f[NAMES[this.ids[k]]] = this.vals[k];
    return f;
  }
}

const DENSE = new WeakMap<Record<string, number>, Float64Array>();

/**
 * A model's weights indexed by feature id (0 for a name the model does not know), built once per
 * weights object and rebuilt only when names were interned since.
 */
export function denseWeights(w: Record<string, number>): Float64Array {
  let d = DENSE.get(w);
  if (!d || d.length < NAMES.length) {
    for (const k in w) featureId(k);
    d = new Float64Array(NAMES.length);
    for (const k in w) d[ID_OF.get(k)!] = w[k];
    DENSE.set(w, d);
  }
  return d;
}

/** The linear score of a row: the sum, in the row's order, of weight times value. */
export function rowScore(w: Float64Array, row: FeatureRow): number {
  const { ids, vals } = row;
  let s = 0;
  for (let k = 0; k < ids.length; k++) s += (ids[k] < w.length ? w[ids[k]] : 0) * vals[k];
  return s;
}
