/**
 * Boosted regression trees added to the ranker's linear score: the linear model cannot say
 * "a subject mention helps only in the quote's own sentence", a tree can. Each tree is complete
 * to a fixed depth and stored flat (node n's children are 2n+1 and 2n+2), so evaluating one is
 * `depth` array reads with no objects; a missing feature reads as 0, as in the linear score.
 */
import type { Features } from './candidates';
import { featureCount, featureId, type FeatureRow } from './features';

/** The forest as it ships in the model JSON. */
export interface ForestJson {
  depth: number;
  /** Feature names; a node's feature is an index into this list. */
  features: string[];
  /** Per tree, its 2^depth - 1 internal nodes' feature indices (-1: always go left). */
  feat: number[];
  /** Per tree, its internal nodes' thresholds: go right when the value is above it. */
  thr: number[];
  /** Per tree, its 2^depth leaf values (the learning rate already applied). */
  leaf: number[];
}

export interface Forest {
  depth: number;
  trees: number;
  nameIndex: Map<string, number>;
  width: number;
  feat: Int32Array;
  thr: Float64Array;
  leaf: Float64Array;
}

/** Reads and checks a forest; throws with the reason when it is malformed. */
export function loadForest(j: unknown): Forest {
  const o = j as Partial<ForestJson> | null;
  if (!o || typeof o !== 'object') throw new Error('ranker trees: not an object');
  const { depth, features, feat, thr, leaf } = o;
  if (!Number.isInteger(depth) || depth! < 1 || depth! > 8) throw new Error(`ranker trees: depth ${String(depth)} is not an integer from 1 to 8`);
  if (!Array.isArray(features) || !features.every((f) => typeof f === 'string')) throw new Error('ranker trees: features is not a list of names');
  if (!Array.isArray(feat) || !Array.isArray(thr) || !Array.isArray(leaf)) throw new Error('ranker trees: feat, thr and leaf must be arrays');
  const inner = 2 ** depth! - 1;
  const leaves = inner + 1;
  const trees = leaf.length / leaves;
  if (!Number.isInteger(trees) || feat.length !== trees * inner || thr.length !== trees * inner) {
    throw new Error(`ranker trees: ${feat.length} nodes, ${thr.length} thresholds and ${leaf.length} leaves do not make whole trees of depth ${depth}`);
  }
  if (!feat.every((f) => Number.isInteger(f) && f >= -1 && f < features.length)) throw new Error('ranker trees: a node names a feature outside the list');
  if (!thr.every(Number.isFinite) || !leaf.every(Number.isFinite)) throw new Error('ranker trees: a threshold or leaf is not a finite number');
  return {
    depth: depth!,
    trees,
    nameIndex: new Map(features.map((f, i) => [f, i])),
    // one more slot than features, never written: where unsplit nodes look
    width: features.length + 1,
    feat: Int32Array.from(feat, (f) => (f < 0 ? features.length : f)),
    thr: Float64Array.from(thr),
    leaf: Float64Array.from(leaf),
  };
}

/** One candidate's features as a dense row in the forest's feature order (unknown names dropped). */
export function denseRow(forest: Forest, f: Features, out: Float64Array = new Float64Array(forest.width)): Float64Array {
  out.fill(0);
  // the last slot stays 0 (unsplit nodes read it)
  for (const k in f) {
    const j = forest.nameIndex.get(k);
    if (j !== undefined) out[j] = f[k];
  }
  return out;
}

/** The forest's summed output for one dense row (a node without a split reads the row's last, always-0, slot). */
export function forestScore(forest: Forest, x: Float64Array): number {
  const { depth, trees, feat, thr, leaf } = forest;
  const inner = (1 << depth) - 1;
  let s = 0;
  // branch-free descent: a comparison's 0/1 picks the child
  for (let t = 0, base = 0, lbase = 0; t < trees; t++, base += inner, lbase += inner + 1) {
    let n = 0;
    for (let d = 0; d < depth; d++) n = 2 * n + 1 + +(x[feat[base + n]] > thr[base + n]);
    s += leaf[lbase + n - inner];
  }
  return s;
}

const scratch = new WeakMap<Forest, Float64Array>();

/** The forest's output for a candidate's sparse features. */
export function forestScoreOf(forest: Forest, f: Features): number {
  let row = scratch.get(forest);
  if (!row) { row = new Float64Array(forest.width); scratch.set(forest, row); }
  return forestScore(forest, denseRow(forest, f, row));
}

const COLUMNS = new WeakMap<Forest, Int32Array>();

/** The forest's column of each feature id (-1: a feature the trees do not use), grown as names are interned. */
function columnsOf(forest: Forest): Int32Array {
  let c = COLUMNS.get(forest);
  if (!c || c.length < featureCount()) {
    for (const name of forest.nameIndex.keys()) featureId(name);
    c = new Int32Array(featureCount()).fill(-1);
    for (const [name, j] of forest.nameIndex) c[featureId(name)] = j;
    COLUMNS.set(forest, c);
  }
  return c;
}

/** The forest's output for a candidate's feature row (as forestScoreOf on the same features by name). */
export function forestScoreOfRow(forest: Forest, f: FeatureRow): number {
  let row = scratch.get(forest);
  if (!row) { row = new Float64Array(forest.width); scratch.set(forest, row); }
  row.fill(0);
  const cols = columnsOf(forest);
  for (let k = 0; k < f.ids.length; k++) {
    const j = f.ids[k] < cols.length ? cols[f.ids[k]] : -1;
    if (j >= 0) row[j] = f.vals[k];
  }
  return forestScore(forest, row);
}
