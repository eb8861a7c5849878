/**
 * Gradient-boosted trees for the mention ranker, fitted on the same grouped softmax loss as the
 * linear model (each quote's candidates compete; the right ones are the target) and added to
 * the linear score. Histogram splits on binned features, Newton leaves, complete trees of fixed
 * depth (lib/detect/rank/trees.ts evaluates them).
 * Written here rather than taken from a package: the npm boosting packages are native bindings
 * (xgboost, lightgbm) or have no grouped softmax objective; this is ~150 lines and runs offline.
 */
import type { Features } from '../../lib/detect/rank/candidates';
import type { ForestJson } from '../../lib/detect/rank/trees';
import type { Group } from './ranker-fit';

export interface BoostOptions {
  trees: number;
  depth: number;
  /** Shrinkage applied to every leaf. */
  rate: number;
  /** L2 penalty on leaf values (added to the hessian sum). */
  lambda: number;
  /** Least hessian a child must hold (no leaf from a handful of candidates). */
  minChild: number;
  /** Most bins per continuous feature. */
  bins: number;
}
/** Chosen by 5-fold CV by article on train (scripts/train-attribution.ts; README, ranker paragraph). */
export const BOOST_DEFAULTS: BoostOptions = { trees: 60, depth: 4, rate: 0.15, lambda: 2, minChild: 3, bins: 24 };

const round = (x: number, k = 1e4): number => Math.round(x * k) / k;

interface Binned {
  names: string[];
  /** Per feature, the bin edges: bin b holds values up to cut[b] (the last bin is open). */
  cuts: number[][];
  /** Per feature, the bin that holds the value 0 (absent features read as 0). */
  zeroBin: Int32Array;
  /** Sparse rows: entries rowOff[r]..rowOff[r+1] of (feature, bin). */
  rowOff: Int32Array;
  entF: Int32Array;
  entB: Int32Array;
}

function binFeatures(rows: Features[], maxBins: number): Binned {
  const index = new Map<string, number>();
  const values: number[][] = [];
  for (const f of rows) for (const k in f) {
    let j = index.get(k);
    if (j === undefined) { j = index.size; index.set(k, j); values.push([]); }
    values[j].push(f[k]);
  }
  const names = [...index.keys()];
  const cuts: number[][] = [];
  const zeroBin = new Int32Array(names.length);
  values.forEach((vs, j) => {
    vs.push(0);
    const distinct = [...new Set(vs)].sort((a, b) => a - b);
    let edges: number[];
    if (distinct.length <= maxBins) edges = distinct.slice(0, -1).map((v, i) => (v + distinct[i + 1]) / 2);
    else {
      const sorted = vs.slice().sort((a, b) => a - b);
      const qs = new Set<number>();
      for (let b = 1; b < maxBins; b++) qs.add(sorted[Math.floor((b * sorted.length) / maxBins)]);
      qs.add(0);
      const ds = [...qs].sort((a, b) => a - b);
      edges = ds.slice(0, -1).map((v, i) => (v + ds[i + 1]) / 2);
    }
    cuts.push(edges.map((e) => round(e, 1e6)));
    zeroBin[j] = binOf(cuts[j], 0);
  });
  const off: number[] = [0];
  const ef: number[] = [];
  const eb: number[] = [];
  for (const f of rows) {
    for (const k in f) {
      const j = index.get(k)!;
      const b = binOf(cuts[j], f[k]);
      if (b !== zeroBin[j]) { ef.push(j); eb.push(b); }
    }
    off.push(ef.length);
  }
  return { names, cuts, zeroBin, rowOff: Int32Array.from(off), entF: Int32Array.from(ef), entB: Int32Array.from(eb) };
}

/** The bin of a value: the first edge it does not exceed. */
function binOf(edges: number[], v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v > edges[mid]) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Trees fitted to the softmax loss over each group's candidates, starting from base(f) (the
 * linear score; 0 for trees alone). Groups with one candidate or no right one teach nothing.
 */
export function fitForest(groups: Group[], base: (f: Features) => number, opts: BoostOptions = BOOST_DEFAULTS): ForestJson {
  const rows: Features[] = [];
  const right: number[] = [];
  const gStart: number[] = [0];
  for (const g of groups) {
    if (g.feats.length < 2 || !g.right.some(Boolean)) continue;
    g.feats.forEach((f, i) => { rows.push(f); right.push(g.right[i] ? 1 : 0); });
    gStart.push(rows.length);
  }
  const n = rows.length;
  const nGroups = gStart.length - 1;
  const bin = binFeatures(rows, opts.bins);
  const d = bin.names.length;
  const binsOf = bin.cuts.map((c) => c.length + 1);
  const hOff = new Int32Array(d + 1);
  for (let j = 0; j < d; j++) hOff[j + 1] = hOff[j] + binsOf[j];
  const F = Float64Array.from(rows, base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const node = new Int32Array(n);
  const inner = 2 ** opts.depth - 1;
  const out: ForestJson = { depth: opts.depth, features: bin.names, feat: [], thr: [], leaf: [] };
  const HG = new Float64Array(hOff[d]);
  const HH = new Float64Array(hOff[d]);
  for (let t = 0; t < opts.trees; t++) {
    // gradients of the grouped softmax loss (target: the right candidates, weighted by belief)
    for (let g = 0; g < nGroups; g++) {
      const a = gStart[g];
      const b = gStart[g + 1];
      let max = -Infinity;
      for (let c = a; c < b; c++) if (F[c] > max) max = F[c];
      let z = 0;
      let zr = 0;
      for (let c = a; c < b; c++) { const e = Math.exp(F[c] - max); grad[c] = e; z += e; if (right[c]) zr += e; }
      for (let c = a; c < b; c++) {
        const p = grad[c] / z;
        const q = right[c] ? grad[c] / zr : 0;
        grad[c] = p - q;
        hess[c] = Math.max(p * (1 - p), 1e-6);
      }
    }
    node.fill(0);
    const feat = new Array<number>(inner).fill(-1);
    const thr = new Array<number>(inner).fill(0);
    const cutBin = new Int32Array(inner);
    for (let level = 0, first = 0; level < opts.depth; level++, first = 2 * first + 1) {
      const width = 2 ** level;
      for (let w = 0; w < width; w++) {
        const id = first + w;
        HG.fill(0); HH.fill(0);
        let G = 0;
        let H = 0;
        for (let r = 0; r < n; r++) {
          if (node[r] !== id) continue;
          G += grad[r]; H += hess[r];
          for (let q = bin.rowOff[r]; q < bin.rowOff[r + 1]; q++) {
            const k = hOff[bin.entF[q]] + bin.entB[q];
            HG[k] += grad[r]; HH[k] += hess[r];
          }
        }
        if (H < 2 * opts.minChild) continue;
        const parent = (G * G) / (H + opts.lambda);
        let bestGain = 1e-6;
        let bestF = -1;
        let bestB = 0;
        for (let j = 0; j < d; j++) {
          // the zero bin holds whatever the sparse entries did not
          let sg = 0;
          let sh = 0;
          for (let b = hOff[j]; b < hOff[j + 1]; b++) { sg += HG[b]; sh += HH[b]; }
          const zb = hOff[j] + bin.zeroBin[j];
          HG[zb] += G - sg; HH[zb] += H - sh;
          let lg = 0;
          let lh = 0;
          for (let b = hOff[j]; b < hOff[j + 1] - 1; b++) {
            lg += HG[b]; lh += HH[b];
            const rg = G - lg;
            const rh = H - lh;
            if (lh < opts.minChild || rh < opts.minChild) continue;
            const gain = (lg * lg) / (lh + opts.lambda) + (rg * rg) / (rh + opts.lambda) - parent;
            if (gain > bestGain) { bestGain = gain; bestF = j; bestB = b - hOff[j]; }
          }
        }
        if (bestF < 0) continue;
        feat[id] = bestF;
        thr[id] = bin.cuts[bestF][bestB];
        cutBin[id] = bestB;
      }
      // send each row to its child (an unsplit node sends everything left)
      for (let r = 0; r < n; r++) {
        const id = node[r];
        const j = feat[id];
        let right = false;
        if (j >= 0) {
          let b = bin.zeroBin[j];
          for (let q = bin.rowOff[r]; q < bin.rowOff[r + 1]; q++) if (bin.entF[q] === j) { b = bin.entB[q]; break; }
          right = b > cutBin[id];
        }
        node[r] = 2 * id + (right ? 2 : 1);
      }
    }
    // Newton leaves
    const lg = new Float64Array(inner + 1);
    const lh = new Float64Array(inner + 1);
    for (let r = 0; r < n; r++) { const l = node[r] - inner; lg[l] += grad[r]; lh[l] += hess[r]; }
    const leaf = Array.from(lg, (g, l) => round((-opts.rate * g) / (lh[l] + opts.lambda)));
    for (let r = 0; r < n; r++) F[r] += leaf[node[r] - inner];
    out.feat.push(...feat);
    out.thr.push(...thr);
    out.leaf.push(...leaf);
  }
  // keep only the features the trees use, renumbered
  const used = [...new Set(out.feat.filter((j) => j >= 0))].sort((a, b) => a - b);
  const renum = new Map(used.map((j, i) => [j, i]));
  return { depth: out.depth, features: used.map((j) => bin.names[j]), feat: out.feat.map((j) => (j >= 0 ? renum.get(j)! : -1)), thr: out.thr, leaf: out.leaf };
}
