/**
 * npm run eval:pages [-- GOLD.jsonl] [--brief] [--text]
 * Scores what the extension would show on saved real pages: runs the scanner's lib/dom pipeline
 * (article root, chrome filter, detection) over each gold record's page, keeps the quotes a reader
 * is shown (a speaker or a database match, lib/results/shown), turns them into the scorer's
 * text-only format and runs the scorer that sits next to the gold file, per page and overall.
 * Default gold: ../shared/eval/realpages/gold_dev.jsonl (pages in its pages/ folder).
 * Also prints how much of each gold article text the extraction read (text R/P, by paragraph).
 * --brief prints one line per page instead of the scorer's full table; --text also prints the
 * extracted article text's first and last lines (to see what the root reads).
 * Last, the quotes shown on the project's own no-quote pages (tests/fixtures/noquote: news-like
 * pages with scare quotes, titles, terms and nicknames but no quotation; #10 allows 2 in all).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Matcher } from '../lib/match/matcher';
import { isShown } from '../lib/results/shown';
import { BUNDLED_DATA_DIR, loadStatementFiles } from './lib/database';
import { decodeFileBytes } from './lib/files';
import { scanHtml } from './lib/scan-file';
import { textCoverage } from './lib/text-coverage';

interface GoldPage {
  id: string;
  page: string;
  text: string;
}

interface Score {
  detection_overlap50: { P: number; R: number; F1: number };
  end_to_end_strict: { F1: number };
  speaker_accuracy_on_matched: { strict: number; n: number };
  predictions_on_unattributed_quoted_spans: number;
  gold_quotes: number;
  pred_quotes: number;
}

/** ../shared beside the repository (as CI lays it out), else the machine's /work/shared. */
const DEFAULT_GOLD = [resolve(import.meta.dirname, '../../shared/eval/realpages/gold_dev.jsonl'), '/work/shared/eval/realpages/gold_dev.jsonl']
  .find((p) => existsSync(p)) ?? resolve(import.meta.dirname, '../../shared/eval/realpages/gold_dev.jsonl');

function score(scorer: string, gold: string, pred: string, json: string, quiet: boolean): { table: string; result: Score } {
  const table = execFileSync(process.execPath, [scorer, gold, pred, '--json', json, ...(quiet ? ['--quiet'] : [])], { encoding: 'utf8' });
  return { table, result: JSON.parse(readFileSync(json, 'utf8')) as Score };
}

const NO_QUOTE_DIR = resolve(import.meta.dirname, '../tests/fixtures/noquote');

/** What a reader is shown on pages that hold no quotation (every one is a false positive). */
function noQuoteShown(matcher: Matcher): { pages: number; shown: string[] } {
  const names = readdirSync(NO_QUOTE_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const shown: string[] = [];
  for (const name of names) {
    for (const q of scanHtml(readFileSync(join(NO_QUOTE_DIR, name, 'page.html'), 'utf8')).quotes) {
      const match = matcher.match({ id: String(q.start), text: q.text, speaker: q.speaker });
      if (isShown({ speaker: q.speaker, match })) shown.push(`${name}: "${q.text}" (${q.speaker ?? match.status})`);
    }
  }
  return { pages: names.length, shown };
}

async function main(argv: string[]): Promise<number> {
  const brief = argv.includes('--brief');
  const showText = argv.includes('--text');
  const goldPath = resolve(argv.find((a) => !a.startsWith('--')) ?? DEFAULT_GOLD);
  const pagesDir = join(dirname(goldPath), 'pages');
  // The scorer runs its main only when argv[1] is its own real path: resolve ../shared's symlink.
  const scorer = realpathSync(join(dirname(goldPath), '..', 'score.mjs'));
  const golds: GoldPage[] = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const db = await loadStatementFiles([BUNDLED_DATA_DIR]);
  const matcher = Matcher.fromStatements(db.statements);
  const work = mkdtempSync(join(tmpdir(), 'qt-eval-pages-'));
  const preds: string[] = [];
  const unmarked: string[] = [];
  const rows: string[] = [];
  let covR = 0;
  let covP = 0;
  for (const [i, g] of golds.entries()) {
    const html = decodeFileBytes(readFileSync(join(pagesDir, g.page)));
    const scan = scanHtml(html);
    const shown = scan.quotes
      .map((q) => ({ q, match: matcher.match({ id: String(q.start), text: q.text, speaker: q.speaker }) }))
      .filter(({ q, match }) => isShown({ speaker: q.speaker, match }));
    const line = JSON.stringify({ id: g.id, quotes: shown.map(({ q }) => ({ text: q.text, speaker: q.speaker })) });
    preds.push(line);
    if (shown.length === 0) unmarked.push(g.page);
    const goldOne = join(work, `gold-${i}.jsonl`);
    const predOne = join(work, `pred-${i}.jsonl`);
    writeFileSync(goldOne, JSON.stringify(g) + '\n');
    writeFileSync(predOne, line + '\n');
    const { table, result: r } = score(scorer, goldOne, predOne, join(work, `score-${i}.json`), brief);
    const d = r.detection_overlap50;
    const cov = textCoverage(g.text, scan.text);
    covR += cov.recall;
    covP += cov.precision;
    rows.push(
      `${g.page.padEnd(24)} gold ${String(r.gold_quotes).padStart(3)} shown ${String(r.pred_quotes).padStart(3)}  det P ${d.P.toFixed(2)} R ${d.R.toFixed(2)} F1 ${d.F1.toFixed(2)}  spk ${r.speaker_accuracy_on_matched.strict.toFixed(2)}  e2e ${r.end_to_end_strict.F1.toFixed(2)}  on-unattributed ${r.predictions_on_unattributed_quoted_spans}  text R ${cov.recall.toFixed(2)} P ${cov.precision.toFixed(2)}`,
    );
    if (!brief) console.log(`\n=== ${g.page} (article text ${scan.text.length} chars, gold ${g.text.length})\n${table}`);
    if (showText) {
      const paras = scan.text.split('\n\n');
      console.log(`  first: ${paras[0]?.slice(0, 100)}\n  last:  ${paras[paras.length - 1]?.slice(0, 100)}`);
    }
  }
  const predPath = join(work, 'pred.jsonl');
  writeFileSync(predPath, preds.join('\n') + '\n');
  const overall = score(scorer, goldPath, predPath, join(work, 'score.json'), false);
  console.log(`\n=== per page\n${rows.join('\n')}`);
  console.log(`\n=== overall (${golds.length} pages)\n${overall.table}`);
  console.log(`article text read (paragraph share, mean over pages): recall ${(covR / golds.length).toFixed(3)}, precision ${(covP / golds.length).toFixed(3)}`);
  console.log(`pages without marks: ${unmarked.length}${unmarked.length ? ` (${unmarked.join(', ')})` : ''}`);
  const noQuote = noQuoteShown(matcher);
  console.log(`\n=== no-quote pages (${noQuote.pages} in tests/fixtures/noquote): ${noQuote.shown.length} quotes shown`);
  for (const line of noQuote.shown) console.log(`  ${line}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`eval:pages: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
