import { describe, expect, it } from 'vitest';
import { FeatureRow, featureId } from '../../../lib/detect/rank/features';
import { pickBest, pickBestRows } from '../../../lib/detect/rank/model';
import { loadForest, type ForestJson } from '../../../lib/detect/rank/trees';
import { analyseText } from '../../../lib/detect/index';
import { candidateSets, RANKER } from '../../../lib/detect/rank/index';

function rowOf(pairs: [string, number][]): FeatureRow {
  const r = new FeatureRow();
  for (const [k, v] of pairs) r.set(featureId(k), v);
  return r;
}

describe('feature rows score exactly as keyed features', () => {
  it('a feature set again keeps its first place and takes the new value, as an object key does', () => {
    const r = rowOf([['x', 1], ['y', 2], ['x', 3]]);
    expect(Object.entries(r.toRecord())).toEqual([['x', 3], ['y', 2]]);
    expect(r.get(featureId('y'))).toBe(2);
    expect(r.get(featureId('never set'))).toBeUndefined();
  });

  it('the winner, its probabilities and the rules\' are the same, with and without trees', () => {
    const w = { a: 0.1, b: -0.7, rule: 0.3, 'rule:p': 0.2 };
    const rows = [rowOf([['rule', 1], ['b', 1], ['rule:p', -0.85], ['unknown to the model', 5]]), rowOf([['a', 1], ['b', 0.3]])];
    const feats = rows.map((r) => r.toRecord());
    expect(pickBestRows(w, rows)).toEqual(pickBest(w, feats));
    const trees: ForestJson = { depth: 1, features: ['a'], feat: [0], thr: [0.5], leaf: [0, 2] };
    expect(pickBestRows(w, rows, loadForest(trees))).toEqual(pickBest(w, feats, loadForest(trees)));
  });

  it('a text\'s candidates give the same scores by row as by name', () => {
    const text = 'Mayor Ana Ruiz opened the new bridge on Monday.\n\n"It took us ten years," she said. "We are proud."\n\nDavid Holt, a council member, disagreed. "It cost too much."';
    const an = analyseText(text)!;
    for (const cands of candidateSets(an.env, an.paras, an.spans, an.attrs)) {
      if (cands.length === 0) continue;
      expect(pickBestRows(RANKER!.weights, cands.map((c) => c.row))).toEqual(pickBest(RANKER!.weights, cands.map((c) => c.features)));
    }
  });
});
