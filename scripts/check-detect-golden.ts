/**
 * Golden check for detection + attribution: a speed change must not change any output.
 *   npx tsx scripts/check-detect-golden.ts            compare with scripts/detect-golden.json
 *   npx tsx scripts/check-detect-golden.ts --update   rewrite it (do this from main's code only,
 *                                                     after a change that is meant to alter outputs)
 * Runs detectQuotes (the shipped path: rules and ranker) and detectQuotesRules (the rules alone,
 * `npm run eval -- --rules`) over polnear_train,
 * polnear_dev, the real pages' texts (read by path; a missing set is reported and skipped) and the
 * bench's generated articles. Only hashes are stored, never corpus text: a digest per set and path,
 * and a short hash per article (by line number) so a failure names the articles that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectedQuote } from '../lib/types';
import { detectQuotes, detectQuotesRules } from '../lib/detect/index';
import { generateArticle } from './bench-detect';

const here = dirname(fileURLToPath(import.meta.url));
const GOLDEN = join(here, 'detect-golden.json');
const EVAL = '/work/shared/eval';

const SETS: Record<string, () => string[] | null> = {
  polnear_train: () => jsonlTexts(join(EVAL, 'polnear_train.jsonl')),
  polnear_dev: () => jsonlTexts(join(EVAL, 'polnear_dev.jsonl')),
  realpages: () => jsonlTexts(join(EVAL, 'realpages/gold_dev.jsonl')),
  generated: () => [generateArticle(5_000), generateArticle(2_000, 11), generateArticle(800, 3)],
};

const PATHS: Record<string, (text: string) => DetectedQuote[]> = { shipped: detectQuotes, rules: detectQuotesRules };

interface SetDigest { count: number; digest: string; articles: string[] }
type Golden = Record<string, Record<string, SetDigest>>;

function jsonlTexts(file: string): string[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

function digestSet(texts: string[], run: (t: string) => DetectedQuote[]): SetDigest {
  const articles = texts.map((t) => hash(JSON.stringify(run(t))).slice(0, 12));
  return { count: texts.length, digest: hash(articles.join('\n')).slice(0, 16), articles };
}

function main(): void {
  const update = process.argv.includes('--update');
  const old: Golden = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden) : {};
  const now: Golden = {};
  let failed = 0;
  for (const [set, load] of Object.entries(SETS)) {
    const texts = load();
    if (!texts) {
      console.log(`${set.padEnd(14)} skipped (not found)`);
      if (old[set]) now[set] = old[set];
      continue;
    }
    now[set] = {};
    for (const [path, run] of Object.entries(PATHS)) {
      const d = digestSet(texts, run);
      now[set][path] = d;
      const want = old[set]?.[path];
      if (!want) { console.log(`${set.padEnd(14)} ${path.padEnd(7)} ${d.digest}  (new)`); continue; }
      const changed = d.articles.flatMap((h, i) => (h === want.articles[i] ? [] : [i + 1]));
      if (d.count === want.count && changed.length === 0) { console.log(`${set.padEnd(14)} ${path.padEnd(7)} ${d.digest}  same`); continue; }
      failed++;
      console.log(`${set.padEnd(14)} ${path.padEnd(7)} ${d.digest}  CHANGED: ${changed.length} of ${d.count} articles (lines ${changed.slice(0, 15).join(', ')}${changed.length > 15 ? ', …' : ''})`);
    }
  }
  if (update) {
    writeFileSync(GOLDEN, JSON.stringify(now, null, 1) + '\n');
    console.log(`wrote ${GOLDEN}`);
  } else if (failed) {
    console.log(`\n${failed} output set(s) differ from the golden. If main changed outputs on purpose, regenerate from main's code with --update.`);
    process.exit(1);
  }
}

main();
