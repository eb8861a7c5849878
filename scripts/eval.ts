/**
 * Evaluate detection + attribution on a gold JSONL (e.g. /work/shared/eval/polnear_dev.jsonl):
 *   npm run eval -- GOLD.jsonl [--per-doc] [--out predictions.jsonl]
 * Writes predictions, then runs the scorer that sits next to the gold file (score.mjs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { detectInText } from '../lib/pipeline';

interface GoldDoc {
  id: string;
  text: string;
}

function main(argv: string[]): void {
  let gold: string | null = null;
  let out: string | null = null;
  const pass: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = argv[++i];
    else if (a === '--per-doc') pass.push(a);
    else if (a.startsWith('--')) pass.push(a);
    else gold = a;
  }
  if (!gold) {
    console.error('usage: npm run eval -- GOLD.jsonl [--per-doc] [--out FILE]');
    process.exit(2);
  }
  const goldPath = resolve(gold);
  const docs: GoldDoc[] = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const lines = docs.map((d) => {
    const quotes = detectInText(d.text).map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }));
    return JSON.stringify({ id: d.id, quotes });
  });
  const predPath = out ? resolve(out) : join(mkdtempSync(join(tmpdir(), 'qt-eval-')), 'predictions.jsonl');
  writeFileSync(predPath, lines.join('\n') + '\n');
  const scorer = join(dirname(goldPath), 'score.mjs');
  const res = execFileSync(process.execPath, [scorer, goldPath, predPath, ...pass], { encoding: 'utf8' });
  process.stdout.write(res);
}

main(process.argv.slice(2));
