/**
 * Fitting for the mention ranker: a conditional logistic regression (softmax over each quote's
 * candidates, L2-regularised, full-batch Adam), a Platt calibration of the winner's
 * probability, and a reliability table with its expected calibration error.
 * Written here rather than taken from a package: it is ~100 lines, needs grouped (per-quote)
 * softmax, which the small npm regression packages do not offer, and runs only offline.
 */
import { logit, sigmoid } from '../../lib/detect/rank/model';
import type { Features } from '../../lib/detect/rank/candidates';

export interface Group {
  feats: Features[];
  /** Which candidates are right (at least one for a training group). */
  right: boolean[];
}

export interface FitOptions { iterations: number; rate: number; l2: number }
export const FIT_DEFAULTS: FitOptions = { iterations: 300, rate: 0.05, l2: 1e-3 };

/** Weights maximising the mean log-probability of the right candidates, minus an L2 penalty. */
export function fitRanker(groups: Group[], opts: FitOptions = FIT_DEFAULTS): Record<string, number> {
  const names = new Map<string, number>();
  // flattened sparse rows: candidate c of group g has features idx[off[c]..off[c+1])
  const gStart: number[] = [0];
  const right: number[] = [];
  const off: number[] = [0];
  const idx: number[] = [];
  const val: number[] = [];
  for (const g of groups) {
    if (g.feats.length < 2 || !g.right.some(Boolean)) continue;
    g.feats.forEach((f, i) => {
      for (const k in f) {
        let j = names.get(k);
        if (j === undefined) { j = names.size; names.set(k, j); }
        idx.push(j); val.push(f[k]);
      }
      off.push(idx.length);
      right.push(g.right[i] ? 1 : 0);
    });
    gStart.push(right.length);
  }
  const nGroups = gStart.length - 1;
  const I = Int32Array.from(idx);
  const V = Float64Array.from(val);
  const O = Int32Array.from(off);
  const d = names.size;
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const grad = new Float64Array(d);
  const sc = new Float64Array(right.length);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= opts.iterations; t++) {
    grad.fill(0);
    for (let c = 0; c < right.length; c++) {
      let s = 0;
      for (let q = O[c]; q < O[c + 1]; q++) s += w[I[q]] * V[q];
      sc[c] = s;
    }
    for (let g = 0; g < nGroups; g++) {
      const a = gStart[g];
      const b = gStart[g + 1];
      let max = -Infinity;
      for (let c = a; c < b; c++) if (sc[c] > max) max = sc[c];
      let z = 0;
      let zr = 0;
      for (let c = a; c < b; c++) { const e = Math.exp(sc[c] - max); sc[c] = e; z += e; if (right[c]) zr += e; }
      // target: the right candidates, in proportion to the model's own belief among them
      for (let c = a; c < b; c++) {
        const coef = sc[c] / z - (right[c] ? sc[c] / zr : 0);
        if (coef !== 0) for (let q = O[c]; q < O[c + 1]; q++) grad[I[q]] += coef * V[q];
      }
    }
    for (let j = 0; j < d; j++) {
      const gj = grad[j] / nGroups + opts.l2 * w[j];
      m[j] = b1 * m[j] + (1 - b1) * gj;
      v[j] = b2 * v[j] + (1 - b2) * gj * gj;
      w[j] -= (opts.rate * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + 1e-8);
    }
  }
  const out: Record<string, number> = {};
  for (const [k, j] of [...names].sort((a, b) => a[0].localeCompare(b[0]))) {
    const r = Math.round(w[j] * 1e4) / 1e4;
    if (r !== 0) out[k] = r;
  }
  return out;
}

/** Platt scaling: a, b minimising log loss of sigmoid(a * logit(p) + b) against right/wrong. */
export function fitPlatt(ps: number[], right: boolean[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const xs = ps.map(logit);
  const loss = (a: number, b: number): number => {
    let l = 0;
    xs.forEach((x, i) => { const z = a * x + b; l += right[i] ? Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)); });
    return l;
  };
  let cur = loss(a, b);
  for (let it = 0; it < 100; it++) {
    // Newton step on the 2-parameter log loss, halved until the loss does not rise (separable
    // or near-separable data otherwise sends a to infinity)
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    xs.forEach((x, i) => {
      const q = sigmoid(a * x + b);
      const e = q - (right[i] ? 1 : 0);
      const h = q * (1 - q) + 1e-9;
      ga += e * x; gb += e; haa += h * x * x; hab += h * x; hbb += h;
    });
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    let da = (hbb * ga - hab * gb) / det;
    let db = (haa * gb - hab * ga) / det;
    let next = loss(a - da, b - db);
    for (let k = 0; k < 30 && !(next <= cur); k++) { da /= 2; db /= 2; next = loss(a - da, b - db); }
    if (!(next <= cur)) break;
    a -= da; b -= db; cur = next;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}

export interface Bin { lo: number; hi: number; n: number; confidence: number; accuracy: number }

/** Ten equal-width bins of confidence with their mean confidence and accuracy; ECE weights |gap| by bin size. */
export function reliability(conf: number[], right: boolean[], bins = 10): { table: Bin[]; ece: number } {
  const table: Bin[] = Array.from({ length: bins }, (_, k) => ({ lo: k / bins, hi: (k + 1) / bins, n: 0, confidence: 0, accuracy: 0 }));
  conf.forEach((c, i) => {
    const t = table[Math.min(bins - 1, Math.floor(c * bins))];
    t.n++; t.confidence += c; t.accuracy += right[i] ? 1 : 0;
  });
  let ece = 0;
  for (const t of table) {
    if (t.n === 0) continue;
    t.confidence /= t.n; t.accuracy /= t.n;
    ece += (t.n / conf.length) * Math.abs(t.accuracy - t.confidence);
  }
  return { table, ece };
}
