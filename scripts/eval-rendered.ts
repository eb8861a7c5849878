/**
 * npm run eval:rendered -- [GOLD.jsonl] [--limit N]
 * Scores a plain-text gold split (PolNeAR, read by path) as a reader meets it on a web page:
 * each article is wrapped in invented site chrome (scripts/lib/site-chrome.ts: navigation, ads,
 * a pull quote, a tweet embed, a "most read" rail, comments), run through the scanner's lib/dom
 * pipeline as a content script would (scripts/lib/scan-file.ts), and the quotes a reader is shown
 * (a speaker, lib/results/shown; no database) are scored in the scorer's text-only format.
 * Beside it, the same articles as plain text (npm run eval), so the gap is what chrome costs.
 * Default gold: ../shared/eval/polnear_train.jsonl.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { detectInText } from '../lib/pipeline';
import { isShown } from '../lib/results/shown';
import { renderWithChrome } from './lib/site-chrome';
import { scanHtml } from './lib/scan-file';
import { textCoverage } from './lib/text-coverage';

interface GoldDoc {
  id: string;
  title?: string;
  date?: string;
  text: string;
  quotes: { text: string }[];
}

const DEFAULT_GOLD = [resolve(import.meta.dirname, '../../shared/eval/polnear_train.jsonl'), '/work/shared/eval/polnear_train.jsonl']
  .find((p) => existsSync(p)) ?? resolve(import.meta.dirname, '../../shared/eval/polnear_train.jsonl');

/** The scorer's summary lines (detection, end-to-end strict, speaker accuracy). */
function summary(scorer: string, gold: string, pred: string): string {
  const table = execFileSync(process.execPath, [scorer, gold, pred], { encoding: 'utf8' });
  return table.split('\n').filter((l) => /^(detection \(overlap|end-to-end, speaker strict|speaker accuracy)/.test(l)).join('\n');
}

function main(argv: string[]): void {
  const goldPath = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit') ?? DEFAULT_GOLD);
  const limit = argv.includes('--limit') ? Number(argv[argv.indexOf('--limit') + 1]) : Infinity;
  const scorer = realpathSync(join(dirname(goldPath), 'score.mjs'));
  const docs: GoldDoc[] = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).map((l) => JSON.parse(l));
  const work = mkdtempSync(join(tmpdir(), 'qt-eval-rendered-'));
  const rendered: string[] = [];
  const plain: string[] = [];
  let covR = 0;
  let covP = 0;
  for (const d of docs) {
    const paragraphs = d.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const html = renderWithChrome({ title: d.title ?? paragraphs[0].slice(0, 80), paragraphs, quotes: d.quotes.map((q) => q.text), date: d.date, seed: d.id });
    const scan = scanHtml(html);
    const cov = textCoverage(d.text, scan.text);
    covR += cov.recall;
    covP += cov.precision;
    const shown = (qs: { text: string; speaker: string | null }[]) => qs.filter((q) => isShown({ speaker: q.speaker, match: { status: 'unmatched' } })).map((q) => ({ text: q.text, speaker: q.speaker }));
    rendered.push(JSON.stringify({ id: d.id, quotes: shown(scan.quotes) }));
    plain.push(JSON.stringify({ id: d.id, quotes: shown(detectInText(d.text)) }));
  }
  const goldSub = join(work, 'gold.jsonl');
  writeFileSync(goldSub, readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).join('\n') + '\n');
  writeFileSync(join(work, 'rendered.jsonl'), rendered.join('\n') + '\n');
  writeFileSync(join(work, 'plain.jsonl'), plain.join('\n') + '\n');
  console.log(`${docs.length} articles of ${goldPath}, quotes a reader is shown (text-only scoring)`);
  console.log(`\n=== plain text\n${summary(scorer, goldSub, join(work, 'plain.jsonl'))}`);
  console.log(`\n=== rendered with site chrome\n${summary(scorer, goldSub, join(work, 'rendered.jsonl'))}`);
  console.log(`\narticle text read from the page (paragraph share, mean): recall ${(covR / docs.length).toFixed(3)}, precision ${(covP / docs.length).toFixed(3)}`);
  console.log(`predictions: ${work}/rendered.jsonl`);
}

main(process.argv.slice(2));
