/**
 * Evaluate detection + attribution on a gold JSONL (e.g. /work/shared/eval/polnear_dev.jsonl):
 *   npm run eval -- GOLD.jsonl [--per-doc] [--out predictions.jsonl] [--rules] [--shown]
 * --shown: score only the quotes a reader is shown (those with a speaker; database matches are not run).
 * --rules: speakers chosen by the rules alone (without the mention ranker's fills).
 * Writes predictions, runs the scorer that sits next to the gold file (score.mjs) and prints its
 * table; --per-doc adds one row per article, worst end-to-end first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { detectInText } from '../lib/pipeline';
import { detectQuotesRules } from '../lib/detect/index';

interface GoldDoc {
  id: string;
  text: string;
}

interface PerDoc {
  id: string;
  gold: number;
  pred: number;
  tp: number;
  e2e_strict: number;
}

function parseArgs(argv: string[]): { gold: string | null; out: string | null; perDoc: boolean; ranker: boolean; shown: boolean } {
  let ranker = false;
  let shown = false;
  let gold: string | null = null;
  let out: string | null = null;
  let perDoc = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = argv[++i] ?? null;
    else if (a === '--per-doc') perDoc = true;
    else if (a === '--rules') ranker = true;
    else if (a === '--shown') shown = true;
    else if (!a.startsWith('--')) gold = a;
  }
  return { gold, out, perDoc, ranker, shown };
}

function printPerDoc(rows: PerDoc[]): void {
  const lines = rows
    .map((r) => ({ ...r, miss: r.gold + r.pred - 2 * r.e2e_strict }))
    .sort((a, b) => b.miss - a.miss || a.id.localeCompare(b.id))
    .map((r) => `${r.id.padEnd(70)} gold ${String(r.gold).padStart(3)}  pred ${String(r.pred).padStart(3)}  found ${String(r.tp).padStart(3)}  right ${String(r.e2e_strict).padStart(3)}`);
  console.log(['', 'per article (most errors first):', ...lines].join('\n'));
}

function main(argv: string[]): void {
  const { gold, out, perDoc, ranker, shown } = parseArgs(argv);
  if (!gold) {
    console.error('usage: npm run eval -- GOLD.jsonl [--per-doc] [--out FILE]');
    process.exit(2);
  }
  const goldPath = resolve(gold);
  const scorer = join(dirname(goldPath), 'score.mjs');
  // Outside a checkout with ../shared beside it: one line, not an ENOENT stack.
  for (const [what, file] of [['gold file', goldPath], ['scorer (score.mjs beside the gold file)', scorer]]) {
    if (!existsSync(file)) {
      console.error(`eval: no ${what} at ${file} (the eval corpora live in ../shared/eval beside this checkout)`);
      process.exit(2);
    }
  }
  // The scorer runs only when started by its real path (a ../shared symlink would print nothing).
  const scorerReal = realpathSync(scorer);
  const docs: GoldDoc[] = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const lines = docs.map((d) => {
    const quotes = (ranker ? detectQuotesRules(d.text) : detectInText(d.text)).filter((q) => !shown || q.speaker !== null).map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }));
    return JSON.stringify({ id: d.id, quotes });
  });
  const work = mkdtempSync(join(tmpdir(), 'qt-eval-'));
  const predPath = out ? resolve(out) : join(work, 'predictions.jsonl');
  writeFileSync(predPath, lines.join('\n') + '\n');
  const jsonPath = join(work, 'score.json');
  const args = [scorerReal, goldPath, predPath, ...(perDoc ? ['--per-doc', '--json', jsonPath] : [])];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
  if (perDoc) printPerDoc((JSON.parse(readFileSync(jsonPath, 'utf8')) as { per_doc: PerDoc[] }).per_doc ?? []);
}

main(process.argv.slice(2));
