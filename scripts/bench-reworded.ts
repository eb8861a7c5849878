/**
 * Translated speech: does the matcher find a speaker's record when the page words it differently?
 *   npx tsx scripts/bench-reworded.ts          (also a section of `npm run bench`)
 * Records are built here from the kremlin.ru English transcripts (CC BY 4.0, read by path):
 * one record per sentence of each labelled speaker turn. Positives: sentences of Vladimir Putin
 * paraphrased by rule (synonyms, function words, clause order, as a wire translation differs)
 * and a hand-written set (scripts/reworded-hand.json). Negatives: the same paraphrases credited
 * to another speaker; held-out Putin sentences of the same talks (same topics, no record); the
 * PolitiFact statements (../shared/data, read by path), quotes in no database, credited to
 * Putin; and positives whose page date is two months after the statement.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCsv } from '../lib/db/import/csv';
import { Matcher } from '../lib/match/matcher';
import type { MatchResult, Statement } from '../lib/types';

const KREMLIN = '/work/shared/data/open/kremlin/putin-2021-10-to-2022-06.csv';
const POLITIFACT = '/work/shared/data/statements.merged.jsonl';
const here = dirname(fileURLToPath(import.meta.url));
const SPEAKER = 'Vladimir Putin';

export interface RewordedResult {
  positives: number;
  found: number;
  foundAsAltered: number;
  wrongRecord: number;
  handPositives: number;
  handFound: number;
  precision: number;
  recall: number;
  handRecall: number;
  crossSpeaker: { n: number; false: number };
  sameTopic: { n: number; false: number };
  noDatabase: { n: number; false: number };
  wrongDate: { n: number; false: number };
}

/** A speaker label opening a turn: "Vladimir Putin: …", "President of Russia Vladimir Putin: …". */
const LABEL = /(?:^|(?<=[.!?"\u2026:] ))(?:[A-Z][\w'\u2019-]* ){0,5}?([A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][\w'\u2019-]+):\s/g;
const SENTENCE = /(?<=[.!?])\s+(?=[A-Z"\u201c])/;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Line { speaker: string; text: string; date: string; url: string }

function transcriptLines(csv: string): Line[] {
  const rows = parseCsv(csv);
  const head = rows[0].fields;
  const col = (n: string) => head.indexOf(n);
  const out: Line[] = [];
  for (const r of rows.slice(1)) {
    const body = r.fields[col('body')] ?? '';
    const date = (r.fields[col('date')] ?? '').slice(0, 10);
    const url = r.fields[col('link')] ?? '';
    const labels = [...body.matchAll(LABEL)];
    labels.forEach((m, i) => {
      const turn = body.slice(m.index! + m[0].length, i + 1 < labels.length ? labels[i + 1].index : body.length);
      for (const s of turn.split(SENTENCE)) {
        const words = s.split(/\s+/).length;
        if (words >= 8 && words <= 60) out.push({ speaker: m[1], text: s.trim(), date, url });
      }
    });
  }
  return out;
}

/** Translation variants: a different English word for the same Russian one. Ours, not the matcher's. */
const SYNONYMS: Record<string, string> = {
  important: 'significant', very: 'extremely', country: 'nation', countries: 'nations', problem: 'issue',
  problems: 'issues', help: 'assist', big: 'large', large: 'big', show: 'demonstrate', think: 'believe',
  believe: 'think', continue: 'keep', begin: 'start', start: 'begin', need: 'have', main: 'principal',
  certainly: 'definitely', obviously: 'clearly', absolutely: 'completely', situation: 'state of affairs',
  today: 'now', now: 'today', said: 'stated', say: 'state', also: 'too', create: 'establish', ensure: 'make sure',
  achieve: 'attain', increase: 'rise', major: 'key', key: 'major', result: 'outcome', work: 'effort',
  relations: 'ties', cooperation: 'collaboration', threat: 'danger', security: 'safety', support: 'back',
  must: 'should', want: 'wish', quickly: 'rapidly', possible: 'feasible', difficult: 'hard', serious: 'grave',
};
/** Function-word changes a translator makes freely. */
const FUNCTION_SWAPS: [RegExp, string][] = [
  [/\bwe will\b/gi, 'we shall'], [/\bdo not\b/gi, "don't"], [/\bis not\b/gi, "isn't"], [/\bit is\b/gi, "it's"],
  [/\bin order to\b/gi, 'to'], [/\bof course, /gi, ''], [/\bthat the\b/gi, 'the'], [/\bcannot\b/gi, "can't"],
  [/\bthere is\b/gi, "there's"], [/\bwould like to\b/gi, 'want to'],
];

/** A rule paraphrase: swap clauses around ", and" or a leading clause, change function words, a third of the synonyms. */
export function paraphrase(s: string, seed: number): string {
  let out = s.replace(/[.!?]$/, '');
  const and = out.indexOf(', and ');
  if (and > 20 && out.length - and > 20) {
    const a = out.slice(0, and);
    const b = out.slice(and + 6);
    out = `${b[0].toUpperCase()}${b.slice(1)}, and ${a[0].toLowerCase()}${a.slice(1)}`;
  }
  for (const [re, to] of FUNCTION_SWAPS) out = out.replace(re, to);
  let k = seed;
  out = out.replace(/\b[a-z]+\b/g, (w) => {
    const to = SYNONYMS[w];
    if (!to) return w;
    k = (k * 1103515245 + 12345) >>> 0;
    return k % 3 === 0 ? w : to;
  });
  return `${out[0].toUpperCase()}${out.slice(1)}.`;
}

function isFound(r: MatchResult, id: string): boolean {
  return r.status === 'reworded' && r.statement?.id === id;
}

export async function benchReworded(): Promise<RewordedResult | null> {
  if (!existsSync(KREMLIN)) return null;
  const lines = transcriptLines(readFileSync(KREMLIN, 'utf8'));
  const hand = JSON.parse(readFileSync(join(here, 'reworded-hand.json'), 'utf8')) as { source: string; url: string; page: string }[];
  const handSources = new Set(hand.map((h) => h.source));
  // a tenth of Putin's sentences are held out of the records: same talks, same topics, no record
  const heldOut = lines.filter((l) => l.speaker === SPEAKER && hash(l.text) % 10 === 0 && !handSources.has(l.text));
  const held = new Set(heldOut);
  const records: Statement[] = lines.filter((l) => !held.has(l)).map((l, i) => ({
    id: `kremlin:${i}`, text: l.text, speaker: l.speaker, date: l.date, context: null, sourceUrl: l.url,
    textKind: 'verbatim', origin: 'kremlin.ru', licence: 'CC BY 4.0',
  }));
  const m = Matcher.fromStatements(records);
  const putin = records.filter((r) => r.speaker === SPEAKER && r.text.split(/\s+/).length >= 12);
  const sample = putin.filter((r) => hash(r.id) % Math.max(1, Math.floor(putin.length / 400)) === 0).slice(0, 400);
  const dayAfter = (d: string | null) => (d ? new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10) : null);
  const later = (d: string | null) => (d ? new Date(Date.parse(d) + 60 * 86_400_000).toISOString().slice(0, 10) : null);

  let found = 0, foundAsAltered = 0, wrongRecord = 0, claimed = 0, claimedRight = 0;
  const tally = (r: MatchResult, id: string | null) => {
    if (r.status !== 'reworded') return;
    claimed++;
    if (id && r.statement?.id === id) claimedRight++;
  };
  for (const [i, rec] of sample.entries()) {
    const r = m.match({ id: rec.id, text: paraphrase(rec.text, i), speaker: SPEAKER, date: dayAfter(rec.date) });
    tally(r, rec.id);
    if (isFound(r, rec.id)) found++;
    else if (r.status === 'altered' && r.statement?.id === rec.id) foundAsAltered++;
    else if (r.status === 'reworded') wrongRecord++;
  }
  let handFound = 0;
  for (const h of hand) {
    const rec = records.find((r) => r.text === h.source);
    if (!rec) continue;
    const r = m.match({ id: 'hand', text: h.page, speaker: SPEAKER, date: dayAfter(rec.date) });
    tally(r, rec.id);
    if (isFound(r, rec.id)) handFound++;
  }
  const negative = (texts: { text: string; speaker: string; date?: string | null }[]) => {
    let falses = 0;
    for (const q of texts) {
      const r = m.match({ id: 'neg', text: q.text, speaker: q.speaker, date: q.date ?? null });
      tally(r, null);
      if (r.status === 'reworded') falses++;
    }
    return { n: texts.length, false: falses };
  };
  const crossSpeaker = negative(sample.map((r, i) => ({ text: paraphrase(r.text, i), speaker: 'Emmanuel Macron', date: dayAfter(r.date) })));
  const sameTopic = negative(heldOut.slice(0, 400).map((l, i) => ({ text: paraphrase(l.text, i), speaker: SPEAKER, date: dayAfter(l.date) })));
  const noDb = existsSync(POLITIFACT)
    ? readFileSync(POLITIFACT, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Statement)
      .filter((s) => hash(s.id) % 8 === 0).slice(0, 2000).map((s) => ({ text: s.text, speaker: SPEAKER }))
    : [];
  const noDatabase = negative(noDb);
  const wrongDate = negative(sample.slice(0, 200).map((r, i) => ({ text: paraphrase(r.text, i), speaker: SPEAKER, date: later(r.date) })));
  const positives = sample.length;
  return {
    positives, found, foundAsAltered, wrongRecord, handPositives: hand.length, handFound,
    precision: claimed ? claimedRight / claimed : 1,
    recall: positives ? found / positives : 0,
    handRecall: hand.length ? handFound / hand.length : 0,
    crossSpeaker, sameTopic, noDatabase, wrongDate,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void benchReworded().then((r) => console.log(r ? JSON.stringify(r, null, 2) : `skipped: ${KREMLIN} not found`));
}
