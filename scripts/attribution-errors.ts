/**
 * Error analysis of speaker attribution: every matched quote with a gold speaker that the
 * default pipeline credits wrongly (strict), sorted into failure classes from the gold's own
 * annotation (source mention, its type and how the corpus resolved it) and from whether the
 * ranker's candidates hold the right speaker at all:
 *
 *   npx tsx scripts/attribution-errors.ts [GOLD.jsonl] [--ranker] [--examples N] [--class NAME]
 *
 * GOLD defaults to /work/shared/eval/polnear_train.jsonl. Prints a table (count, share of
 * errors) and, with --examples, that many examples per class (gold, predicted, mention).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseText, finishQuotes } from '../lib/detect/index';
import { candidateSets, RANKER, rankOne } from '../lib/detect/rank/index';

interface GoldQuote {
  start: number; end: number; speaker: string | null; speaker_aliases?: string[];
  speaker_mention?: string; speaker_mention_span?: [number, number]; speaker_type?: string | null; speaker_resolution?: string;
}
interface GoldDoc { id: string; text: string; quotes: GoldQuote[] }
type SpeakerCorrect = (pred: string | null, gold: string, aliases?: string[]) => { strict: boolean; lenient: boolean };

const PRONOUN = /^(?:he|she|they|it|we|i|him|her|them|who|which|that|his|hers|its|their)$/i;

function parseArgs(argv: string[]) {
  const o = { gold: '/work/shared/eval/polnear_train.jsonl', ranker: false, examples: 0, only: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--ranker') o.ranker = true;
    else if (a === '--examples') o.examples = Number(argv[++i]);
    else if (a === '--class') o.only = argv[++i];
    else if (!a.startsWith('--')) o.gold = a;
  }
  o.gold = realpathSync(resolve(o.gold));
  return o;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const { speakerCorrect } = (await import(pathToFileURL(join(dirname(o.gold), 'score.mjs')).href)) as { speakerCorrect: SpeakerCorrect };
  const docs: GoldDoc[] = readFileSync(o.gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const classes = new Map<string, { n: number; ex: string[] }>();
  let total = 0;
  let errors = 0;
  const note = (cls: string, ex: string): void => {
    let c = classes.get(cls);
    if (!c) { c = { n: 0, ex: [] }; classes.set(cls, c); }
    c.n++;
    if (c.ex.length < o.examples) c.ex.push(ex);
  };
  for (const d of docs) {
    const an = analyseText(d.text);
    if (!an) continue;
    const sets = candidateSets(an.env, an.paras, an.spans, an.attrs);
    const quotes = finishQuotes(an, o.ranker && RANKER ? sets.map((c) => rankOne(c, RANKER!)) : an.spans.map(() => null));
    const spanIndex = new Map(an.spans.map((sp, i) => [sp.start, i]));
    // one-to-one overlap matching, as the scorer does it
    const pairs: [number, number, number][] = [];
    quotes.forEach((p, i) => d.quotes.forEach((g, j) => {
      const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      const r = ov / Math.max(p.end - p.start, g.end - g.start);
      if (r >= 0.5) pairs.push([r, i, j]);
    }));
    pairs.sort((a, b) => b[0] - a[0]);
    const usedP = new Set<number>();
    const usedG = new Set<number>();
    for (const [, i, j] of pairs) {
      if (usedP.has(i) || usedG.has(j)) continue;
      usedP.add(i); usedG.add(j);
      const g = d.quotes[j];
      const p = quotes[i];
      if (g.speaker == null) continue;
      total++;
      const ok = speakerCorrect(p.speaker, g.speaker, g.speaker_aliases);
      if (ok.strict) continue;
      errors++;
      const k = spanIndex.get(p.start);
      const cands = k === undefined ? [] : sets[k];
      const inCands = cands.some((c) => speakerCorrect(c.speaker, g.speaker!, g.speaker_aliases).strict);
      const gm = g.speaker_mention ?? '';
      const pm = p.evidence?.mention ?? '';
      const gToks = g.speaker.split(/\s+/);
      let cls: string;
      if (g.speaker_type === 'NOMINAL') cls = p.speaker ? 'unnamed source/document: other phrase or person' : 'unnamed source/document: none given';
      else if (g.speaker_type === 'ORGANIZATION') cls = ok.lenient ? 'organisation: short form' : p.speaker ? 'organisation: other speaker' : 'organisation: none given';
      else if (ok.lenient) cls = 'person: surname only (not expanded)';
      else if (p.speaker && p.speaker.split(/\s+/).length === 1 && p.speaker === gToks[0]) cls = 'person: first name only';
      else if (!p.speaker) cls = inCands ? 'person: none given (candidate existed)' : 'person: none given (no candidate)';
      else if (g.speaker_resolution === 'prev-speaker') cls = 'person: carried speaker (gold = previous quote\'s)';
      else if (PRONOUN.test(gm) || g.speaker_resolution === 'coref' || g.speaker_resolution === 'relative-antecedent') {
        cls = PRONOUN.test(pm) ? 'person: pronoun resolved to the wrong person' : 'person: gold via pronoun, rules chose another mention';
      } else if (pm && gm && pm.toLowerCase() === gm.toLowerCase()) cls = 'person: same mention, resolved to another name (namesake / noise)';
      else cls = inCands ? 'person: wrong named mention (right one among candidates)' : 'person: wrong named mention (no candidate)';
      if (o.only && !cls.startsWith(o.only)) continue;
      note(cls, `${d.id} @${g.start}: gold ${JSON.stringify(g.speaker)} via ${JSON.stringify(gm)} (${g.speaker_resolution}) | pred ${JSON.stringify(p.speaker)} via ${JSON.stringify(pm)} [${p.evidence?.method}, cue ${JSON.stringify(p.cue)}] | ${JSON.stringify(d.text.slice(Math.max(0, g.start - 140), g.start + 60).replace(/\s+/g, ' '))}`);
    }
  }
  console.log(`${docs.length} articles, ${total} matched quotes with a gold speaker, ${errors} strict errors (accuracy ${((total - errors) / total).toFixed(3)})\n`);
  console.log('| failure class | errors | share of errors |\n| --- | --- | --- |');
  for (const [cls, c] of [...classes].sort((a, b) => b[1].n - a[1].n)) console.log(`| ${cls} | ${c.n} | ${(100 * c.n / errors).toFixed(1)}% |`);
  if (o.examples) for (const [cls, c] of classes) { console.log(`\n## ${cls}`); for (const e of c.ex) console.log('- ' + e); }
}

main().catch((e) => { console.error(e); process.exit(1); });
