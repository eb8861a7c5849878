/**
 * False `misattributed` alarms on benign quotes with imperfect attribution. Each quotation of a
 * PolNeAR split (../shared/eval, read by path) becomes a record credited to its gold speaker;
 * the article is run through detection and attribution as on a page, and each detected quote
 * is matched with the speaker, confidence and named flag the attributor gave it. Every quote is
 * benign (its record is the true speaker's), so each `misattributed` is a false alarm: the
 * attributor picked someone else and was sure enough to accuse. Also the share of those found
 * that are `verified`, and the alarms the matcher would raise with no gate (speaker trusted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectInText } from '../lib/pipeline';
import { Matcher } from '../lib/match/matcher';
import type { MatchStatus, Statement } from '../lib/types';
import { matchGoldSpans, type GoldDoc } from './lib/gold';

export interface FalseAlarmResult {
  split: string;
  benign: number;
  found: number;
  verified: number;
  falseAlarms: number;
  /** The same quotes with the page speaker trusted (no gate): what the gate prevents. */
  ungatedFalseAlarms: number;
  /** Benign quotes whose page speaker is not the record's (imperfect attribution). */
  wrongSpeaker: number;
  /** Real misattributions (each record credited to another speaker of the split): how many are called so. */
  swapped: number;
  swappedCaught: number;
}

export function benchFalseAlarms(goldPath: string): FalseAlarmResult | null {
  if (!existsSync(goldPath)) return null;
  const docs: GoldDoc[] = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const records: Statement[] = [];
  docs.forEach((d) => d.quotes.forEach((g, j) => {
    if (g.speaker == null || !g.text) return;
    records.push({ id: `${d.id}#${j}`, text: g.text, textKind: 'verbatim', speaker: g.speaker, speakerAliases: g.speaker_aliases, date: null, context: null, origin: 'polnear-bench' });
  }));
  const m = Matcher.fromStatements(records);
  // the same records credited to someone else: a speaker the split names elsewhere, never this quote's
  const speakers = [...new Set(records.map((s) => s.speaker!))];
  const swapped = Matcher.fromStatements(records.map((s, i) => {
    let k = (i * 7919) % speakers.length;
    while (speakers[k] === s.speaker) k = (k + 1) % speakers.length;
    return { ...s, speaker: speakers[k], speakerAliases: undefined };
  }));
  const r: FalseAlarmResult = { split: goldPath.replace(/.*\//, ''), benign: 0, found: 0, verified: 0, falseAlarms: 0, ungatedFalseAlarms: 0, wrongSpeaker: 0, swapped: 0, swappedCaught: 0 };
  for (const d of docs) {
    const det = detectInText(d.text);
    const gold = matchGoldSpans(det, d.quotes);
    det.forEach((q, i) => {
      const g = gold[i];
      if (!g || g.speaker == null || !q.speaker) return;
      r.benign++;
      const base = { id: `${d.id}@${q.start}`, text: q.text, speaker: q.speaker };
      const page = { ...base, speakerConfidence: q.confidence, speakerNamed: q.evidence.named === true, nearbySpeakers: q.evidence.others };
      const res = m.match(page);
      const status: MatchStatus = res.status;
      if (status !== 'unmatched') r.found++;
      if (status === 'verified') r.verified++;
      if (status === 'misattributed') r.falseAlarms++;
      if (res.speakerUnchecked || status === 'misattributed') r.wrongSpeaker++;
      if (m.match(base).status === 'misattributed') r.ungatedFalseAlarms++;
      else if (status === 'verified') {
        r.swapped++;
        if (swapped.match(page).status === 'misattributed') r.swappedCaught++;
      }
    });
  }
  return r;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const split of process.argv.slice(2)) console.log(JSON.stringify(benchFalseAlarms(resolve(split))));
}
