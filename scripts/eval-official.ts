/**
 * npm run eval:official -- [--db FILE]... [--json]
 * Quotes from 2022 news coverage of officials with open transcripts (tests/fixtures/official-quotes-2022.json),
 * each put in a one-line news text ("…,” Joe Biden said.) dated the day it was said, run through the
 * same detection and matching as `npm run scan`, against the bundled data/ (plus any --db files).
 * Found: matched (verified, altered or reworded) to a record of the right speaker on the right date
 * (a day's slack for time zones). Targets (issue 11): White House >= 11/14, Kremlin >= 4/12.
 */
import { readFileSync } from 'node:fs';
import { Matcher } from '../lib/match/matcher';
import { speakerMatches } from '../lib/match/speakers';
import { daysBetween } from '../lib/match/reworded';
import { detectInText } from '../lib/pipeline';
import { BUNDLED_DATA_DIR, loadStatementFiles } from './lib/database';

interface OfficialQuote { id: string; speaker: string; origin: string; date: string; text: string; context: string; source: string }

const FIXTURE = new URL('../tests/fixtures/official-quotes-2022.json', import.meta.url).pathname;
const TARGETS: Record<string, number> = { whitehouse: 11, kremlin: 4 };

async function main() {
  const args = process.argv.slice(2);
  const db: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '--db' && args[i + 1]) db.push(args[++i]);
  const json = args.includes('--json');
  const loaded = await loadStatementFiles([BUNDLED_DATA_DIR, ...db]);
  for (const p of loaded.problems.slice(0, 5)) console.error(`eval:official: database: ${p}`);
  const matcher = Matcher.fromStatements(loaded.statements);
  const { quotes } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { quotes: OfficialQuote[] };
  const tally = new Map<string, { n: number; found: number; byStatus: Record<string, number> }>();
  for (const q of quotes) {
    const text = `\u201c${q.text}\u201d ${q.speaker} said.`;
    const detected = detectInText(text)[0];
    const m = detected ? matcher.match({ id: q.id, text: detected.text, speaker: detected.speaker, date: q.date }) : null;
    const s = m?.statement;
    const d = s ? daysBetween(s.date, q.date) : null;
    const found = !!m && m.status !== 'unmatched' && m.status !== 'misattributed' && !!s && speakerMatches(q.speaker, s) && d !== null && Math.abs(d) <= 1;
    const t = tally.get(q.origin) ?? { n: 0, found: 0, byStatus: {} };
    t.n++;
    if (found) { t.found++; t.byStatus[m!.status] = (t.byStatus[m!.status] ?? 0) + 1; }
    tally.set(q.origin, t);
    if (json) console.log(JSON.stringify({ id: q.id, found, status: m?.status ?? 'not detected', pageSpeaker: detected?.speaker ?? null, record: s ? { speaker: s.speaker, date: s.date, text: s.text.slice(0, 300) } : null }));
    else console.log(`${found ? 'found' : '-----'} ${q.id.padEnd(11)} ${(m?.status ?? 'not detected').padEnd(12)} ${q.text.slice(0, 70)}`);
  }
  console.log(`\n${matcher.size} statements in the database`);
  let ok = true;
  for (const [origin, t] of tally) {
    const target = TARGETS[origin];
    if (target !== undefined && t.found < target) ok = false;
    console.log(`${origin}: ${t.found}/${t.n} found with the right speaker and date${target !== undefined ? ` (target >= ${target})` : ''} ${JSON.stringify(t.byStatus)}`);
  }
  return ok ? 0 : 1;
}

main().then((c) => (process.exitCode = c), (e) => { console.error(`eval:official: ${(e as Error).stack ?? e}`); process.exitCode = 2; });
