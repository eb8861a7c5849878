/**
 * Fit the mention ranker (lib/detect/rank) on the training split, with 5-fold cross-validation
 * by article, and calibrate its confidence where its answers are used (the whole pipeline's
 * calibration and the `misattributed` threshold: scripts/calibrate-rules.ts):
 *
 *   npm run train:attribution -- [GOLD.jsonl] [--folds 5] [--dry] [--cv-out FILE] [--margin M|auto]
 *     [--boost | --trees N] [--depth D] [--rate R] [--lambda L] [--min-child H] [--linear-base]
 *
 * By default (what ships) the ranker is the linear model and only fills (margin 2). --boost
 * fits boosted trees instead (the defaults of scripts/lib/gbdt-fit.ts, chosen by CV on train;
 * --trees N for another count; --linear-base adds them to the linear score); --margin auto
 * lets it override the rules, by the margin and below the cap chosen by CV.
 *
 * GOLD defaults to ../shared/eval/polnear_train.jsonl. Prints cross-validated speaker accuracy
 * (rules alone, ranker, and the candidates' ceiling), the scorer's table on the cross-validated
 * predictions, a reliability table with its expected calibration error, and writes
 * lib/detect/rank/ranker-weights.json (unless --dry).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseText, finishQuotes, type Analysis } from '../lib/detect/index';
import { candidateSets, rankable, rankOne, type Candidate, type RankerModel } from '../lib/detect/rank/index';
import { calibrated, OVERRIDE_MIN_CONFIDENCE, pickBest, scoreOf } from '../lib/detect/rank/model';
import { loadForest, type ForestJson } from '../lib/detect/rank/trees';
import { BOOST_DEFAULTS, fitForest, type BoostOptions } from './lib/gbdt-fit';
import { fitPlatt, fitRanker, reliability, type Group } from './lib/ranker-fit';

/**
 * A margin above 1: the ranker never replaces a speaker the rules found. The CV margin gains
 * on train, linear or trees, but it is flat (-0.3 to 0.1 within 0.02 points), moves between
 * refits, loses on dev at some of its values and names speakers for scare quotes on the
 * no-quote pages, so the shipped model only fills (README).
 */
const FILL_ONLY_MARGIN = 2;
/** Override margins tried (above 1: the ranker speaks only where the rules found no speaker). */
const MARGINS = [-0.3, -0.2, -0.1, 0, 0.05, 0.1, 0.15, 0.2, 0.3, FILL_ONLY_MARGIN];
/** Caps tried for the rules' calibrated probability below which an override is considered. */
const OVERRIDE_CAPS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const WEIGHTS_PATH = resolve(import.meta.dirname, '../lib/detect/rank/ranker-weights.json');

interface GoldQuote { start: number; end: number; speaker: string | null; speaker_aliases?: string[] }
interface GoldDoc { id: string; text: string; quotes: GoldQuote[] }
type SpeakerCorrect = (pred: string | null, gold: string, aliases?: string[]) => { strict: boolean };

interface Doc {
  id: string;
  an: Analysis | null;
  sets: Candidate[][];
  /** Per span: the gold quote it matches (with a speaker), and which candidates name that speaker. */
  labels: ({ right: boolean[]; ruleRight: boolean } | null)[];
}

function parseArgs(argv: string[]) {
  const o = { gold: resolve('../shared/eval/polnear_train.jsonl'), folds: 5, dry: false, cvOut: null as string | null, margin: FILL_ONLY_MARGIN as number | null, boost: { ...BOOST_DEFAULTS, trees: 0 } as BoostOptions, linearBase: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--folds') o.folds = Number(argv[++i]);
    else if (a === '--trees') o.boost.trees = Number(argv[++i]);
    else if (a === '--boost') o.boost.trees = BOOST_DEFAULTS.trees;
    else if (a === '--depth') o.boost.depth = Number(argv[++i]);
    else if (a === '--rate') o.boost.rate = Number(argv[++i]);
    else if (a === '--lambda') o.boost.lambda = Number(argv[++i]);
    else if (a === '--min-child') o.boost.minChild = Number(argv[++i]);
    else if (a === '--linear-base') o.linearBase = true;
    else if (a === '--dry') o.dry = true;
    else if (a === '--cv-out') o.cvOut = argv[++i];
    else if (a === '--margin') { const v = argv[++i]; o.margin = v === 'auto' ? null : Number(v); }
    else if (!a.startsWith('--')) o.gold = resolve(a);
  }
  return o;
}

/** One-to-one span matching as the scorer does it: overlap of at least half the longer span. */
function matchSpans(an: Analysis, gold: GoldQuote[]): (GoldQuote | null)[] {
  const pairs: [number, number, number][] = [];
  an.spans.forEach((sp, i) => gold.forEach((g, j) => {
    const ov = Math.min(sp.end, g.end) - Math.max(sp.start, g.start);
    const r = ov / Math.max(sp.end - sp.start, g.end - g.start);
    if (r >= 0.5) pairs.push([r, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const out: (GoldQuote | null)[] = an.spans.map(() => null);
  const used = new Set<number>();
  for (const [, i, j] of pairs) if (!out[i] && !used.has(j)) { out[i] = gold[j]; used.add(j); }
  return out;
}

/** Deterministic shuffle (mulberry32), so folds are the same on every run. */
function shuffled<T>(xs: T[], seed = 9): T[] {
  let s = seed >>> 0;
  const rnd = (): number => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

const groupsOf = (docs: Doc[]): Group[] => docs.flatMap((d) => d.sets.flatMap((cands, i) => {
  const l = d.labels[i];
  return l ? [{ feats: cands.map((c) => c.features), right: l.right }] : [];
}));

/** Whether the winner is a named person or organisation (not "a spokesman", not "the report"). */
const isNamed = (c: Candidate): boolean => c.entity !== null || c.features['rule:method=name'] === 1 || c.features['rule:method=organisation'] === 1 || c.features['rule:method=surname'] === 1;

const pct = (x: number): string => x.toFixed(4);

/** The model as JSON, one key a line, each tree array on one line (the file ships in the extension). */
function modelJson(model: RankerModel): string {
  const { trees, ...rest } = model;
  const head = JSON.stringify(rest, null, 1);
  if (!trees) return head + '\n';
  const body = Object.entries(trees).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  return `${head.slice(0, -2)},\n "trees": {\n${body}\n }\n}\n`;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const { speakerCorrect } = (await import(pathToFileURL(join(dirname(o.gold), 'score.mjs')).href)) as { speakerCorrect: SpeakerCorrect };
  const gold: GoldDoc[] = readFileSync(o.gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const docs: Doc[] = gold.map((g) => {
    const an = analyseText(g.text);
    if (!an) return { id: g.id, an, sets: [], labels: [] };
    const sets = candidateSets(an.env, an.paras, an.spans, an.attrs);
    const matched = matchSpans(an, g.quotes);
    const labels = sets.map((cands, i) => {
      const q = matched[i];
      if (!q || q.speaker == null) return null;
      const ok = (s: string | null): boolean => speakerCorrect(s, q.speaker!, q.speaker_aliases).strict;
      return { right: cands.map((c) => ok(c.speaker)), ruleRight: ok(an.attrs[i].resolved?.speaker ?? null) };
    });
    return { id: g.id, an, sets, labels };
  });
  const order = shuffled(docs.map((_, i) => i));
  const foldOf = new Map<number, number>(order.map((d, k) => [d, k % o.folds]));

  // cross-validation: each fold ranked by a model fitted on the other folds
  interface CvRow { p: number; pRule: number | null; ruleP: number; isRule: boolean; right: boolean; ruleRight: boolean; named: boolean; fold: number; conf: number; ov: number; none?: boolean }
  const cv: CvRow[] = [];
  const foldW: Record<string, number>[] = [];
  const foldT: (ForestJson | undefined)[] = [];
  const fit = (groups: Group[]): { w: Record<string, number>; trees: ForestJson | undefined } => {
    const w = o.boost.trees === 0 || o.linearBase ? fitRanker(groups) : {};
    const trees = o.boost.trees > 0 ? fitForest(groups, (f) => scoreOf(w, f), o.boost) : undefined;
    return { w, trees };
  };
  let ceiling = 0;
  for (let f = 0; f < o.folds; f++) {
    const { w, trees } = fit(groupsOf(docs.filter((_, i) => foldOf.get(i) !== f)));
    foldW.push(w);
    foldT.push(trees);
    const forest = trees ? loadForest(trees) : null;
    docs.forEach((d, i) => {
      if (foldOf.get(i) !== f) return;
      d.sets.forEach((cands, k) => {
        const l = d.labels[k];
        if (!l) return;
        if (l.right.some(Boolean)) ceiling++;
        const best = pickBest(w, cands.map((c) => c.features), forest);
        if (!best) { cv.push({ p: 0, pRule: null, ruleP: 0, isRule: false, right: false, ruleRight: l.ruleRight, named: false, fold: f, conf: 0, ov: 0, none: true }); return; }
        cv.push({ p: best.p, pRule: best.pRule, ruleP: best.ruleP, isRule: best.isRule, right: l.right[best.index], ruleRight: l.ruleRight, named: isNamed(cands[best.index]), fold: f, conf: 0, ov: 0 });
      });
    });
  }
  const n = cv.length;
  // the winner's probability where it differs from the rules' answer, calibrated (cross-fitted by fold)
  const foldOverride: { a: number; b: number }[] = [];
  const alternatives = cv.filter((c) => !c.none && c.pRule !== null && !c.isRule);
  for (let f = 0; f < o.folds; f++) {
    const rest = alternatives.filter((x) => x.fold !== f);
    const pl = fitPlatt(rest.map((x) => x.p), rest.map((x) => x.right));
    foldOverride.push(pl);
    alternatives.forEach((c) => { if (c.fold === f) c.ov = calibrated({ version: 1, weights: {}, calibration: pl }, c.p); });
  }
  // where the ranker's answer is used: wherever the rules have none, and where its calibrated
  // probability beats the rules' calibrated probability by the margin
  const uses = (c: CvRow, margin: number): boolean => !c.none && (c.pRule === null || (!c.isRule && c.ov >= OVERRIDE_MIN_CONFIDENCE && c.ov - c.ruleP >= margin));
  const accAt = (margin: number): number => cv.filter((c) => (uses(c, margin) ? c.right : c.ruleRight)).length / n;
  const rankerAlone = cv.filter((c) => c.right).length / n;
  console.log(`${docs.length} articles, ${n} matched quotes with a gold speaker, ${o.folds}-fold cross-validation by article`);
  console.log(`speaker strict accuracy: rules ${pct(accAt(2))}  ranker alone ${pct(rankerAlone)}  candidates' ceiling ${pct(ceiling / n)}`);
  for (const m of MARGINS) console.log(`  ranker overrides the rules when its calibrated probability is ahead by ${m}: ${pct(accAt(m))} (${cv.filter((c) => c.pRule !== null && uses(c, m)).length} overrides)`);
  // the margin: the best cross-validated accuracy, the larger margin on a tie (fewer overrides)
  let margin = o.margin ?? MARGINS[MARGINS.length - 1];
  if (o.margin === null) for (const m of MARGINS) if (accAt(m) > accAt(margin) + 1e-9 || (Math.abs(accAt(m) - accAt(margin)) < 1e-9 && m > margin)) margin = m;
  console.log(`override margin used: ${margin} (cross-validated accuracy ${pct(accAt(margin))})`);
  // the rules' calibrated probability above which they are never overridden (not even asked):
  // the lowest cap that keeps every cross-validated override that helps
  const ruled = (cap: number): number => cv.filter((c) => (uses(c, margin) && (c.pRule === null || c.ruleP < cap) ? c.right : c.ruleRight)).length / n;
  let overrideBelow: number | undefined;
  if (margin <= 1) {
    overrideBelow = OVERRIDE_CAPS.find((cap) => ruled(cap) >= accAt(margin) - 1e-9);
    for (const cap of OVERRIDE_CAPS) console.log(`  overrides only where the rules' probability is below ${cap}: ${pct(ruled(cap))} (${cv.filter((c) => !c.none && c.pRule !== null && c.ruleP < cap).length} ruled quotes asked)`);
    console.log(`override cap used: ${overrideBelow ?? 'none'}`);
  }


  // calibration of the ranker's fills (where the rules have none), cross-fitted: each fold's Platt fitted on the others
  const used = cv.filter((c) => uses(c, margin));
  const fills = cv.filter((c) => !c.none && c.pRule === null);
  const foldPlatt: { a: number; b: number }[] = [];
  for (let f = 0; f < o.folds; f++) {
    const rest = fills.filter((x) => x.fold !== f);
    const pl = fitPlatt(rest.map((x) => x.p), rest.map((x) => x.right));
    foldPlatt.push(pl);
    fills.forEach((c) => { if (c.fold === f) c.conf = calibrated({ version: 1, weights: {}, calibration: pl }, c.p); });
  }
  used.forEach((c) => { if (c.pRule !== null) c.conf = c.ov; });
  const raw = reliability(used.map((c) => c.p), used.map((c) => c.right));
  const cal = reliability(used.map((c) => c.conf), used.map((c) => c.right));
  console.log(`\nranker's answers used: ${used.length} (${used.filter((c) => c.pRule === null).length} where the rules had none); accuracy ${pct(used.filter((c) => c.right).length / Math.max(1, used.length))}`);
  console.log(`reliability of those (Platt cross-fitted by fold); ECE raw softmax ${raw.ece.toFixed(4)}, calibrated ${cal.ece.toFixed(4)}`);
  console.log('confidence bin    n     mean conf  accuracy');
  for (const b of cal.table) if (b.n) console.log(`[${b.lo.toFixed(1)}, ${b.hi.toFixed(1)})  ${String(b.n).padStart(6)}   ${b.confidence.toFixed(3)}      ${b.accuracy.toFixed(3)}`);
  console.log('(the whole pipeline is calibrated, and the misattributed threshold chosen, by scripts/calibrate-rules.ts)');

  // the pipeline's cross-validated predictions: each fold with its own weights and calibration
  const predLines: string[] = [];
  for (let f = 0; f < o.folds; f++) {
    const model: RankerModel = { version: 2, weights: foldW[f], calibration: foldPlatt[f], overrideCalibration: foldOverride[f], overrideMargin: margin, trees: foldT[f], ...(overrideBelow !== undefined ? { overrideBelow } : {}) };
    docs.forEach((d, i) => {
      if (foldOf.get(i) !== f) return;
      if (!d.an) { predLines.push(JSON.stringify({ id: d.id, quotes: [] })); return; }
      const quotes = finishQuotes(d.an, d.sets.map((c, k) => (rankable(d.an!.env.text, d.an!.spans[k], d.an!.attrs[k], model) ? rankOne(c, model) : null)));
      predLines.push(JSON.stringify({ id: d.id, quotes: quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker })) }));
    });
  }
  const work = mkdtempSync(join(tmpdir(), 'qt-train-'));
  const predPath = o.cvOut ? resolve(o.cvOut) : join(work, 'cv-predictions.jsonl');
  writeFileSync(predPath, predLines.join('\n') + '\n');
  console.log('\ncross-validated predictions (rules + ranker), scored:');
  // the scorer prints only when started by its real path (not through the ../shared symlink)
  process.stdout.write(execFileSync(process.execPath, [realpathSync(join(dirname(o.gold), 'score.mjs')), o.gold, predPath], { encoding: 'utf8' }));

  const { w: weights, trees } = fit(groupsOf(docs));
  {
    // in-sample accuracy of the final model (against the cross-validated one: how much it memorises)
    const forest = trees ? loadForest(trees) : null;
    let hit = 0;
    for (const d of docs) d.sets.forEach((cands, k) => { const l = d.labels[k]; const b = l && pickBest(weights, cands.map((c) => c.features), forest); if (l && b && l.right[b.index]) hit++; });
    console.log(`ranker alone on its own fitting data: ${pct(hit / n)}`);
  }
  const calibration = fitPlatt(fills.map((c) => c.p), fills.map((c) => c.right));
  const overrideCalibration = fitPlatt(alternatives.map((c) => c.p), alternatives.map((c) => c.right));
  const cap = overrideBelow !== undefined ? { overrideBelow } : {};
  const model: RankerModel = trees
    ? { version: 2, weights, calibration, overrideCalibration, overrideMargin: margin, ...cap, trees }
    : { version: 1, weights, calibration, overrideCalibration, overrideMargin: margin, ...cap };
  const treeNote = trees ? `, ${trees.leaf.length / 2 ** trees.depth} trees of depth ${trees.depth} on ${trees.features.length} features` : '';
  console.log(`\nfinal model: ${Object.keys(weights).length} weights${treeNote}, calibration a=${calibration.a} b=${calibration.b}, override margin ${margin}`);
  if (!o.dry) {
    writeFileSync(WEIGHTS_PATH, modelJson(model));
    console.log(`wrote ${WEIGHTS_PATH}`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
