/**
 * Calibrate the rules' attribution confidence on the training split and choose the
 * `misattributed` threshold from it:
 *
 *   npx tsx scripts/calibrate-rules.ts [GOLD.jsonl] [--folds 5] [--dry]
 *
 * GOLD defaults to ../shared/eval/polnear_train.jsonl. One Platt map per resolution method and
 * named/unnamed speaker (lib/detect/calibration.ts). Prints a reliability table and the expected
 * calibration error, both cross-fitted by article (each fold calibrated on the other folds),
 * then the threshold: the lowest calibrated confidence at which named attributions that the
 * matcher would find contradict the true speaker, and whose true speaker the text does not
 * name near the quote (lib/detect/nearby.ts: the matcher never accuses then), stay within
 * FALSE_ALARM_BUDGET of all attributions. Writes lib/detect/rules-calibration.json unless --dry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseText, attributionsOf } from '../lib/detect/index';
import { rankSpeakers } from '../lib/detect/rank/index';
import { attributionKind, calibrateRules, kindKey, rawKey, type AttributionKind, type RulesCalibration } from '../lib/detect/calibration';
import { speakerMatches } from '../lib/match/speakers';
import { nearbyNames } from '../lib/detect/nearby';
import { fitPlatt, reliability } from './lib/ranker-fit';
import { matchGoldSpans, shuffled, type GoldDoc } from './lib/gold';

/** Highest share of all attributed quotes that may be named, wrong to the matcher, and above the threshold. */
const FALSE_ALARM_BUDGET = 0.005;
/** Pseudo-count of the shrinkage towards the coarser estimate (fixed, not fitted). */
const PRIOR = 20;
const OUT = resolve(import.meta.dirname, '../lib/detect/rules-calibration.json');

type SpeakerCorrect = (pred: string | null, gold: string, aliases?: string[]) => { strict: boolean };
interface Row { pred?: string; goldName: string; raw: number; kind: AttributionKind; named: boolean; goldNearby: boolean; right: boolean; matcherOk: boolean; fold: number; conf: number }

function fit(rows: Row[], threshold = 1): RulesCalibration {
  const counts: RulesCalibration['counts'] = {};
  const add = (k: string, right: boolean) => { const c = (counts[k] ??= [0, 0]); c[0]++; if (right) c[1]++; };
  for (const r of rows) { add(kindKey(r.kind), r.right); add(rawKey(r.kind, r.raw), r.right); }
  return { version: 1, platt: fitPlatt(rows.map((r) => r.raw), rows.map((r) => r.right)), counts, prior: PRIOR, misattributedMinConfidence: threshold };
}

/**
 * A false alarm: a named page speaker the matcher finds is not the true one, whose true speaker
 * the text does not name near the quote, and the true speaker is a name a record could carry
 * (not "a transcript of the show", "the groups", a headline: automatic labels of train).
 */
const GOLD_NAME = /^(?!\p{Lu}+(?:\s+\p{Lu}+)+$)\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and|de|van|von|al|bin)){0,5}$/u;
const isAlarm = (r: Row): boolean => r.named && !r.matcherOk && !r.goldNearby && GOLD_NAME.test(r.goldName);

function thresholdFor(rows: Row[]): number {
  for (const t of [0.6, 0.7, 0.8, 0.85, 0.88, 0.9, 0.92]) console.log(`  at ${t}: alarms ${(rows.filter((r) => isAlarm(r) && r.conf >= t).length / rows.length * 100).toFixed(2)}%, named above it ${rows.filter((r) => r.named && r.conf >= t).length}`);
  for (let t = 0.5; t <= 0.99 + 1e-9; t += 0.01) {
    const alarms = rows.filter((r) => isAlarm(r) && r.conf >= t).length / rows.length;
    if (alarms <= FALSE_ALARM_BUDGET) return Math.round(t * 100) / 100;
  }
  return 1;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const gold = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--folds') ?? '../shared/eval/polnear_train.jsonl');
  const folds = argv.includes('--folds') ? Number(argv[argv.indexOf('--folds') + 1]) : 5;
  const { speakerCorrect } = (await import(pathToFileURL(join(dirname(gold), 'score.mjs')).href)) as { speakerCorrect: SpeakerCorrect };
  const docs: GoldDoc[] = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const order = shuffled(docs.map((_, i) => i));
  const foldOf = new Map<number, number>(order.map((d, k) => [d, k % folds]));
  const rows: Row[] = [];
  docs.forEach((d, di) => {
    const an = analyseText(d.text);
    if (!an) return;
    const matched = matchGoldSpans(an.spans, d.quotes);
    // the shipped pipeline's attributions: the rules', and the ranker's where the rules found none
    attributionsOf(an, rankSpeakers(an.env, an.paras, an.spans, an.attrs)).forEach((a, i) => {
      const g = matched[i];
      const speaker = a.resolved?.speaker;
      if (!g || g.speaker == null || !speaker) return;
      const entity = a.resolved!.entity;
      const kind: AttributionKind = attributionKind(a);
      rows.push({
        goldNearby: nearbyNames(an.env.idx, an.spans[i].open, an.spans[i].after).some((x) => speakerMatches(x, { speaker: g.speaker, speakerAliases: g.speaker_aliases })),
        pred: speaker, goldName: g.speaker, raw: a.confidence, kind, named: entity !== null, fold: foldOf.get(di)!, conf: 0,
        right: speakerCorrect(speaker, g.speaker, g.speaker_aliases).strict,
        matcherOk: speakerMatches(speaker, { speaker: g.speaker, speakerAliases: g.speaker_aliases }),
      });
    });
  });
  const n = rows.length;
  for (let f = 0; f < folds; f++) {
    const cal = fit(rows.filter((r) => r.fold !== f));
    for (const r of rows) if (r.fold === f) r.conf = calibrateRules(r.raw, r.kind, cal);
  }
  const raw = reliability(rows.map((r) => r.raw), rows.map((r) => r.right));
  const cv = reliability(rows.map((r) => r.conf), rows.map((r) => r.right));
  console.log(`${docs.length} articles, ${n} attributed quotes with a gold speaker; accuracy ${(rows.filter((r) => r.right).length / n).toFixed(3)}`);
  console.log(`ECE raw ${raw.ece.toFixed(4)}, calibrated (${folds}-fold cross-fitted by article) ${cv.ece.toFixed(4)}`);
  console.log('confidence bin    n     mean conf  accuracy');
  for (const b of cv.table) if (b.n) console.log(`[${b.lo.toFixed(1)}, ${b.hi.toFixed(1)})  ${String(b.n).padStart(6)}   ${b.confidence.toFixed(3)}      ${b.accuracy.toFixed(3)}`);
  const threshold = thresholdFor(rows);
  const wrong = rows.filter((r) => r.named && !r.matcherOk);
  const alarms = rows.filter((r) => isAlarm(r) && r.conf >= threshold).length;
  console.log(`named attributions the matcher finds wrong: ${wrong.length}; their true speaker named near the quote (never accused): ${wrong.filter((r) => r.goldNearby).length}`);
  console.log(`
misattributed threshold ${threshold} (cross-fitted): ${rows.filter((r) => r.named && r.conf >= threshold).length}/${n} attributions may accuse; false alarms ${alarms} (${(alarms / n * 100).toFixed(2)}%, budget ${FALSE_ALARM_BUDGET * 100}%)`);
  const model = fit(rows, threshold);
  if (!argv.includes('--dry')) {
    writeFileSync(OUT, JSON.stringify(model, null, 1) + '\n');
    console.log(`wrote ${OUT}`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
