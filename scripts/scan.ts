/**
 * npm run scan -- [--json] [--db FILE]... PATH...
 * Runs the extension's own lib/ pipeline over .html, .htm and .txt files (folders are walked).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Matcher } from '../lib/match/matcher';
import { BUNDLED_DATA_DIR, loadStatementFiles } from './lib/database';
import { decodeFileBytes } from './lib/files';
import { scanContent, type ScannedQuote } from './lib/scan-file';

const SCANNABLE = new Set(['.html', '.htm', '.txt']);
const USAGE = 'usage: npm run scan -- [--json] [--db FILE]... PATH...';

function parseArgs(argv: string[]) {
  const opts = { json: false, db: [] as string[], paths: [] as string[], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--db') {
      const next = argv[++i];
      if (!next) throw new Error('--db needs a file');
      opts.db.push(next);
    } else if (a === '-h' || a === '--help') opts.help = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  return opts;
}

async function collect(path: string, out: string[]): Promise<void> {
  const s = await stat(path);
  if (s.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      const child = join(path, name);
      const cs = await stat(child);
      if (cs.isDirectory() || SCANNABLE.has(extname(name).toLowerCase())) await collect(child, out);
    }
  } else out.push(path);
}

function printTable(file: string, date: string | null, quotes: ScannedQuote[]) {
  console.log(`\n${file}: ${quotes.length} quote(s)${date ? `, published ${date}` : ''}`);
  for (const q of quotes) {
    const text = q.text.length > 70 ? `${q.text.slice(0, 67)}…` : q.text;
    const status = q.match ? `${q.match.status} (${q.match.speaker ?? '?'}, ${q.match.date ?? 'no date'})` : 'unmatched';
    console.log(`  "${text}"\n      speaker: ${q.speaker ?? '—'} [${q.confidence.toFixed(2)}${q.cue ? `, ${q.cue}` : ''}]  match: ${status}`);
  }
}

async function main() {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`scan: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (opts.help || opts.paths.length === 0) {
    console.error(USAGE);
    return opts.help ? 0 : 2;
  }
  const db = await loadStatementFiles([BUNDLED_DATA_DIR, ...opts.db]);
  for (const p of db.problems) console.error(`scan: database: ${p}`);
  const matcher = Matcher.fromStatements(db.statements);
  let failures = 0;
  const files: string[] = [];
  for (const p of opts.paths) {
    try {
      await collect(p, files);
    } catch (e) {
      console.error(`scan: ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
      failures++;
    }
  }
  if (!opts.json) console.log(`QuoteTrace scan: ${files.length} file(s), ${matcher.size} statements in the database`);
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (!SCANNABLE.has(ext)) {
      console.error(`scan: ${file}: not an .html, .htm or .txt file`);
      failures++;
      continue;
    }
    try {
      const content = decodeFileBytes(await readFile(file));
      const { date, quotes } = scanContent(content, ext !== '.txt', matcher);
      if (opts.json) console.log(JSON.stringify({ file, date, quotes }));
      else printTable(file, date, quotes);
    } catch (e) {
      console.error(`scan: ${file}: ${(e as Error).message}`);
      failures++;
    }
  }
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`scan: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
